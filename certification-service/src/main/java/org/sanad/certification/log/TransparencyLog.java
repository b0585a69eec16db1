package org.sanad.certification.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.sanad.certification.signing.Signer;

/**
 * Appends to the transparency log. Callers append in the transaction that changes the certificate,
 * so a certificate and its log entry exist together or not at all. Appends lock the log's one state
 * row: instances take turns and the log stays a single chain.
 */
@ApplicationScoped
public class TransparencyLog {

    static final HexFormat HEX = HexFormat.of();
    static final String HEAD_TYPE = "sanad-tree-head+jwt";

    private final LogQueries queries;
    private final Signer signer;
    private final ObjectMapper json;

    public TransparencyLog(LogQueries queries, Signer signer, ObjectMapper json) {
        this.queries = queries;
        this.signer = signer;
        this.json = json;
    }

    /** Appends the records in order and signs the new head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TreeHead append(List<LogRecord> records) {
        LogQueries.State state = queries.lockedState();
        long size = state.treeSize();
        List<byte[]> frontier = split(state.frontier());
        byte[] previous = state.lastLeaf();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        for (LogRecord record : records) {
            LogEntry entry = new LogEntry();
            entry.seq = size;
            entry.kind = record.kind();
            entry.certificateId = record.certificateId();
            entry.recordedAt = now;
            entry.content = content(size, record, now.toInstant(), previous);
            entry.leafHash = MerkleTree.leafHash(entry.content.getBytes(StandardCharsets.UTF_8));
            entry.persist();
            frontier = MerkleTree.append(frontier, size, entry.leafHash);
            previous = entry.leafHash;
            size++;
        }
        TreeHead head = sign(size, MerkleTree.root(frontier, size), now);
        head.persist();
        queries.saveState(new LogQueries.State(size, join(frontier), previous));
        return head;
    }

    private String content(long seq, LogRecord record, Instant at, byte[] previous) {
        ObjectNode node = json.createObjectNode();
        node.put("seq", seq);
        node.put("kind", record.kind().name());
        node.put("certificate", record.certificateId().toString());
        node.put("serial", record.serial());
        node.put("recordedAt", at.toString());
        node.put("previous", previous == null ? null : HEX.formatHex(previous));
        new TreeMap<>(record.facts()).forEach(node::put);
        return write(node);
    }

    private TreeHead sign(long size, byte[] root, OffsetDateTime now) {
        ObjectNode payload = json.createObjectNode();
        payload.put("treeSize", size);
        payload.put("rootHash", HEX.formatHex(root));
        payload.put("timestamp", now.toInstant().toString());
        Signer.Signed signed = signer.sign(payload, HEAD_TYPE);
        TreeHead head = new TreeHead();
        head.treeSize = size;
        head.rootHash = root;
        head.signedAt = now;
        head.kid = signed.kid();
        head.signature = signed.compact();
        return head;
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a log document", e);
        }
    }

    static List<byte[]> split(byte[] packed) {
        List<byte[]> hashes = new ArrayList<>(packed.length / 32);
        for (int i = 0; i < packed.length; i += 32) {
            hashes.add(java.util.Arrays.copyOfRange(packed, i, i + 32));
        }
        return hashes;
    }

    private static byte[] join(List<byte[]> hashes) {
        byte[] packed = new byte[hashes.size() * 32];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i), 0, packed, i * 32, 32);
        }
        return packed;
    }
}
