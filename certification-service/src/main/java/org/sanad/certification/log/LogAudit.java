package org.sanad.certification.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.sanad.certification.log.api.AuditReport;
import org.sanad.certification.log.api.HeadView;
import org.sanad.certification.signing.SignatureVerifier;
import org.sanad.common.sql.NativeRows;

/**
 * Checks the whole log from the database up: every leaf hash against its content, the chain of
 * previous hashes, the Merkle root at every signed head, the latest head's signature, and every
 * certificate against its log entries. Finds altered, reordered and removed entries, and status
 * changes made behind the log's back.
 */
@ApplicationScoped
public class LogAudit {

    private final EntityManager em;
    private final SignatureVerifier signatures;
    private final ObjectMapper json;

    public LogAudit(EntityManager em, SignatureVerifier signatures, ObjectMapper json) {
        this.em = em;
        this.signatures = signatures;
        this.json = json;
    }

    @Transactional
    public AuditReport run() {
        Findings findings = new Findings();
        Map<Long, byte[]> signedRoots = signedRoots(findings);
        long entries = checkEntries(signedRoots, findings);
        long certificates = checkCertificates(findings);
        Optional<TreeHead> latest = LogReader.latest();
        boolean latestSigned = latest.map(head -> signatures.verifiedPayload(head.signature).isPresent()).orElse(true);
        if (!latestSigned) {
            findings.add(null, null, "the latest signed head (size " + latest.get().treeSize
                    + ") does not verify with the published key it names");
        }
        latest.filter(head -> head.treeSize > entries).ifPresent(head -> findings.add(null, null,
                "the latest signed head covers " + head.treeSize + " entries but the log holds " + entries
                        + ": entries were removed"));
        HeadView latestView = latest.map(LogReader::view).orElse(null);
        return new AuditReport(findings.isEmpty(), entries, signedRoots.size(), certificates, latestView, latestSigned,
                findings.list());
    }

    /** Roots as the heads' signed payloads state them; a head whose columns differ from its payload is reported. */
    private Map<Long, byte[]> signedRoots(Findings findings) {
        Map<Long, byte[]> roots = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery("SELECT tree_size, root_hash, signature FROM tree_head ORDER BY tree_size")
                .getResultList();
        for (Object[] head : heads) {
            long size = ((Number) head[0]).longValue();
            byte[] column = (byte[]) head[1];
            byte[] signed = signedRoot((String) head[2]);
            if (signed == null || !Arrays.equals(signed, column)) {
                findings.add(null, null, "the signed head of size " + size + " was altered");
            }
            roots.put(size, signed == null ? column : signed);
        }
        return roots;
    }

    private byte[] signedRoot(String jws) {
        try {
            String[] parts = jws.split("\\.");
            JsonNode payload = json.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
            return TransparencyLog.HEX.parseHex(payload.path("rootHash").asText());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private long checkEntries(Map<Long, byte[]> signedRoots, Findings findings) {
        LogChain chain = new LogChain(signedRoots, findings, json);
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery("SELECT seq, kind, certificate_id, recorded_at, content, leaf_hash "
                + "FROM log_entry ORDER BY seq").getResultStream();
        try (rows) {
            rows.forEach(row -> chain.accept(((Number) row[0]).longValue(), (String) row[1], (UUID) row[2], NativeRows.timestamp(row[3]).toInstant(),
                    (String) row[4], (byte[]) row[5]));
        }
        return chain.size();
    }

    /** Every certificate must match the credential its ISSUED entry hashed, and hold the status its last entry says. */
    private long checkCertificates(Findings findings) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.serial, c.status,
                       encode(sha256(convert_to(c.credential, 'UTF8')), 'hex') AS credential_hash,
                       cast(issued.content AS jsonb) ->> 'credentialSha256' AS logged_hash,
                       last.kind AS last_kind
                FROM certificate c
                LEFT JOIN LATERAL (SELECT content FROM log_entry e WHERE e.certificate_id = c.id AND e.kind = 'ISSUED'
                                   ORDER BY e.seq LIMIT 1) issued ON true
                LEFT JOIN LATERAL (SELECT kind FROM log_entry e WHERE e.certificate_id = c.id
                                   ORDER BY e.seq DESC LIMIT 1) last ON true
                """).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String serial = (String) row[1];
            String status = (String) row[2];
            if (row[4] == null) {
                findings.add(null, id, "certificate " + serial + " has no issuance in the log");
                continue;
            }
            if (!row[3].equals(row[4])) {
                findings.add(null, id, "certificate " + serial + " was altered: its credential is not the one logged");
            }
            if (!status.equals(expectedStatus((String) row[5]))) {
                findings.add(null, id, "certificate " + serial + " is " + status + " but the log says "
                        + expectedStatus((String) row[5]) + ": its status was changed outside the log");
            }
        }
        return rows.size();
    }

    private static String expectedStatus(String lastKind) {
        return switch (LogKind.valueOf(lastKind)) {
            case ISSUED, REINSTATED -> "ACTIVE";
            case REVOKED -> "REVOKED";
            case SUSPENDED -> "SUSPENDED";
        };
    }
}
