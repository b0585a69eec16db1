package org.sanad.certification.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Replays the log's entries in order and says where it is not what it claims to be: a leaf hash that
 * is not the hash of its content, columns that differ from the hashed content, a gap, an entry that
 * does not name the one before it, or a Merkle root that differs from the head signed for that size.
 * Fed from the database by {@link LogAudit} and from the API by {@link LogVerifier}.
 */
final class LogChain {

    private final Map<Long, byte[]> signedRoots;
    private final Findings findings;
    private final ObjectMapper json;
    private List<byte[]> frontier = new ArrayList<>();
    private byte[] previous;
    private long expected;
    private long size;

    LogChain(Map<Long, byte[]> signedRoots, Findings findings, ObjectMapper json) {
        this.signedRoots = signedRoots;
        this.findings = findings;
        this.json = json;
    }

    void accept(long seq, String kind, UUID certificate, Instant recordedAt, String content, byte[] storedLeaf) {
        if (seq != expected) {
            findings.add(expected, null, seq > expected
                    ? "entries " + expected + " to " + (seq - 1) + " are missing" : "entry " + seq + " is out of order");
        }
        byte[] computed = MerkleTree.leafHash(content.getBytes(StandardCharsets.UTF_8));
        if (!Arrays.equals(computed, storedLeaf)) {
            findings.add(seq, certificate, "entry " + seq + " was altered: its content does not match its leaf hash");
        }
        checkContent(seq, kind, certificate, recordedAt, content);
        frontier = MerkleTree.append(frontier, size, computed);
        size++;
        byte[] signed = signedRoots.get(size);
        if (signed != null) {
            byte[] root = MerkleTree.root(frontier, size);
            if (!Arrays.equals(signed, root)) {
                findings.add(seq, null, "the first " + size + " entries no longer match the head signed for that size");
            }
        }
        previous = storedLeaf;
        expected = seq + 1;
    }

    private void checkContent(long seq, String kind, UUID certificate, Instant recordedAt, String content) {
        JsonNode node;
        try {
            node = json.readTree(content);
        } catch (IOException e) {
            findings.add(seq, certificate, "entry " + seq + " holds content that is not JSON");
            return;
        }
        boolean columnsMatch = node.path("seq").asLong(-1) == seq
                && node.path("kind").asText().equals(kind)
                && node.path("certificate").asText().equals(String.valueOf(certificate))
                && node.path("recordedAt").asText().equals(String.valueOf(recordedAt));
        if (!columnsMatch) {
            findings.add(seq, certificate, "entry " + seq + " was altered or moved: its columns differ from its hashed content");
        }
        String expectedPrevious = previous == null ? null : TransparencyLog.HEX.formatHex(previous);
        String statedPrevious = node.path("previous").isNull() ? null : node.path("previous").asText(null);
        if (!Objects.equals(expectedPrevious, statedPrevious)) {
            findings.add(seq, certificate, "entry " + seq + " does not follow the entry before it: the chain is broken");
        }
    }

    long size() {
        return size;
    }
}
