package org.sanad.certification.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree hash of RFC 9162 (Certificate Transparency 2.0, section 2.1): leaves hashed with a
 * 0x00 prefix, interior nodes with 0x01, the tree split at the largest power of two below its size.
 * Pure functions over leaf hashes; nothing here touches the database.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] content) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        return sha.digest(content);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** MTH(D[0:n]) of the given leaf hashes. */
    public static byte[] root(List<byte[]> leaves) {
        return leaves.isEmpty() ? emptyRoot() : subtreeRoot(leaves, 0, leaves.size());
    }

    /**
     * Appends a leaf to a compact range: the roots of the perfect subtrees that make up a tree of
     * {@code size} leaves, largest first (one per set bit of {@code size}). Returns the range for
     * {@code size + 1} leaves.
     */
    public static List<byte[]> append(List<byte[]> frontier, long size, byte[] leaf) {
        List<byte[]> next = new ArrayList<>(frontier);
        byte[] carry = leaf;
        for (long s = size; (s & 1) == 1; s >>= 1) {
            carry = nodeHash(next.remove(next.size() - 1), carry);
        }
        next.add(carry);
        return next;
    }

    /** The root of the tree a compact range describes: its subtrees folded from the right. */
    public static byte[] root(List<byte[]> frontier, long size) {
        if (size == 0) {
            return emptyRoot();
        }
        byte[] root = frontier.get(frontier.size() - 1);
        for (int i = frontier.size() - 2; i >= 0; i--) {
            root = nodeHash(frontier.get(i), root);
        }
        return root;
    }

    /** PATH(m, D[0:n]): the sibling hashes from leaf {@code index} up to the root of the first {@code size} leaves. */
    public static List<byte[]> inclusionPath(List<byte[]> leaves, int index, int size) {
        if (index < 0 || index >= size || size > leaves.size()) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        int from = 0;
        int n = size;
        int m = index;
        List<byte[]> siblings = new ArrayList<>();
        while (n > 1) {
            int k = largestPowerOfTwoBelow(n);
            if (m < k) {
                siblings.add(subtreeRoot(leaves, from + k, from + n));
                n = k;
            } else {
                siblings.add(subtreeRoot(leaves, from, from + k));
                from += k;
                m -= k;
                n -= k;
            }
        }
        for (int i = siblings.size() - 1; i >= 0; i--) {
            path.add(siblings.get(i));
        }
        return path;
    }

    /** PROOF(m, D[0:n]) of RFC 9162 section 2.1.4: that the tree of {@code size} extends the one of {@code oldSize}. */
    public static List<byte[]> consistencyProof(List<byte[]> leaves, int oldSize, int size) {
        if (oldSize < 1 || oldSize > size || size > leaves.size()) {
            throw new IllegalArgumentException("No consistency proof from " + oldSize + " to " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(leaves, 0, oldSize, size, true, proof);
        return proof;
    }

    private static void subproof(List<byte[]> leaves, int from, int m, int n, boolean complete, List<byte[]> proof) {
        if (m == n) {
            if (!complete) {
                proof.add(subtreeRoot(leaves, from, from + n));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, from, m, k, complete, proof);
            proof.add(subtreeRoot(leaves, from + k, from + n));
        } else {
            subproof(leaves, from + k, m - k, n - k, false, proof);
            proof.add(subtreeRoot(leaves, from, from + k));
        }
    }

    private static byte[] subtreeRoot(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
    }

    /** The largest power of two strictly less than {@code n} (n ≥ 2). */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
