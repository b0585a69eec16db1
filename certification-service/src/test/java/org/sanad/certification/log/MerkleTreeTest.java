package org.sanad.certification.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MerkleTreeTest {

    /** Far past the sizes checked one by one below: any entry of any tree, and any older tree of it. */
    private static final List<byte[]> MANY = leaves(3_000);

    @Test
    void inAnyTreeEveryEntryProvesItsInclusionAndEveryOlderTreeItsConsistency() {
        qt().withExamples(200).forAll(integers().between(1, MANY.size()), integers().between(0, MANY.size() - 1),
                integers().between(1, MANY.size())).check((size, anyIndex, anyOld) -> {
            int index = anyIndex % size;
            int old = 1 + (anyOld - 1) % size;
            byte[] root = MerkleTree.root(MANY.subList(0, size));
            byte[] oldRoot = MerkleTree.root(MANY.subList(0, old));
            return RfcProofs.verifyInclusion(MANY.get(index), index, size, MerkleTree.inclusionPath(MANY, index, size), root)
                    && RfcProofs.verifyConsistency(old, oldRoot, size, root, MerkleTree.consistencyProof(MANY, old, size));
        });
    }

    private static final HexFormat HEX = HexFormat.of();

    /** The inputs of the Certificate Transparency reference test vectors (RFC 6962 hashing). */
    private static final String[] REFERENCE_INPUTS = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};

    @Test
    void matchesTheCertificateTransparencyReferenceRoots() {
        List<byte[]> leaves = new ArrayList<>();
        for (String input : REFERENCE_INPUTS) {
            leaves.add(MerkleTree.leafHash(HEX.parseHex(input)));
        }
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HEX.formatHex(MerkleTree.root(List.of())));
        assertEquals("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                HEX.formatHex(MerkleTree.root(leaves.subList(0, 1))));
        assertEquals("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328", HEX.formatHex(MerkleTree.root(leaves)));
    }

    @Test
    void theCompactRangeAlwaysGivesTheSameRootAsTheWholeTree() {
        List<byte[]> leaves = leaves(70);
        List<byte[]> frontier = new ArrayList<>();
        for (int size = 0; size < leaves.size(); size++) {
            frontier = MerkleTree.append(frontier, size, leaves.get(size));
            assertArrayEquals(MerkleTree.root(leaves.subList(0, size + 1)), MerkleTree.root(frontier, size + 1), "size " + (size + 1));
            assertEquals(Long.bitCount(size + 1), frontier.size());
        }
    }

    @Test
    void everyInclusionProofVerifiesAndATamperedOneDoesNot() {
        List<byte[]> leaves = leaves(33);
        for (int size = 1; size <= leaves.size(); size++) {
            byte[] root = MerkleTree.root(leaves.subList(0, size));
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MerkleTree.inclusionPath(leaves, index, size);
                assertTrue(RfcProofs.verifyInclusion(leaves.get(index), index, size, path, root), index + " in " + size);
                if (size > 1) {
                    assertFalse(RfcProofs.verifyInclusion(leaves.get((index + 1) % size), index, size, path, root));
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndARewrittenHistoryDoesNot() {
        List<byte[]> leaves = leaves(33);
        for (int size = 1; size <= leaves.size(); size++) {
            byte[] root = MerkleTree.root(leaves.subList(0, size));
            for (int old = 1; old <= size; old++) {
                byte[] oldRoot = MerkleTree.root(leaves.subList(0, old));
                List<byte[]> proof = MerkleTree.consistencyProof(leaves, old, size);
                assertTrue(RfcProofs.verifyConsistency(old, oldRoot, size, root, proof), old + " to " + size);
                if (old < size) {
                    byte[] forged = MerkleTree.leafHash("forged".getBytes(StandardCharsets.UTF_8));
                    assertFalse(RfcProofs.verifyConsistency(old, forged, size, root, proof), "forged " + old + " to " + size);
                }
            }
        }
    }

    private static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleTree.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }
}
