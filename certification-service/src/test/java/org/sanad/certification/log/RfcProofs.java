package org.sanad.certification.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an auditor does with the log's proofs, step by step as RFC 9162 tells a verifier: kept apart
 * from {@link MerkleTree}, which makes them, so a test checks one against the other.
 */
final class RfcProofs {

    private RfcProofs() {
    }

    /** Checks an inclusion proof the way RFC 9162 section 2.1.3.2 tells a verifier to. */
    public static boolean verifyInclusion(byte[] leaf, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** Checks a consistency proof the way RFC 9162 section 2.1.4.2 tells a verifier to. */
    public static boolean verifyConsistency(long oldSize, byte[] oldRoot, long size, byte[] root, List<byte[]> proof) {
        if (oldSize < 1 || oldSize > size) {
            return false;
        }
        if (oldSize == size) {
            return proof.isEmpty() && Arrays.equals(oldRoot, root);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(oldSize) == 1) {
            path.add(0, oldRoot);
        }
        long fn = oldSize - 1;
        long sn = size - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleTree.nodeHash(c, fr);
                sr = MerkleTree.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleTree.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, oldRoot) && Arrays.equals(sr, root);
    }
}
