package org.sanad.certification.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    private final EntityManager em;
    private final Signer signer;
    private final ObjectMapper json;

    public TransparencyLog(EntityManager em, Signer signer, ObjectMapper json) {
        this.em = em;
        this.signer = signer;
        this.json = json;
    }

    /** Appends the records in order and signs the new head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TreeHead append(List<LogRecord> records) {
        Object[] state = (Object[]) em.createNativeQuery(
                "SELECT tree_size, frontier, last_leaf FROM log_state WHERE id = 1 FOR UPDATE").getSingleResult();
        long size = ((Number) state[0]).longValue();
        List<byte[]> frontier = split((byte[]) state[1]);
        byte[] previous = (byte[]) state[2];
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        for (LogRecord record : records) {
            LogEntry entry = new LogEntry();
            entry.seq = size;
            entry.kind = record.kind();
            entry.certificateId = record.certificateId();
            entry.recordedAt = now;
            entry.content = content(size, record, now.toInstant(), previous);
            entry.leafHash = MerkleTree.leafHash(entry.content.getBytes(StandardCharsets.UTF_8));
            em.persist(entry);
            frontier = MerkleTree.append(frontier, size, entry.leafHash);
            previous = entry.leafHash;
            size++;
        }
        TreeHead head = sign(size, MerkleTree.root(frontier, size), now);
        em.persist(head);
        em.createNativeQuery("UPDATE log_state SET tree_size = ?1, frontier = ?2, last_leaf = ?3 WHERE id = 1")
                .setParameter(1, size).setParameter(2, join(frontier)).setParameter(3, previous).executeUpdate();
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
