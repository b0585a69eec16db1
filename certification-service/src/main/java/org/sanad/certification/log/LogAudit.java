package org.sanad.certification.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sanad.certification.log.api.AuditReport;
import org.sanad.certification.log.api.HeadView;
import org.sanad.certification.signing.SignatureVerifier;

/**
 * Checks the whole log from the database up: every leaf hash against its content, the chain of
 * previous hashes, the Merkle root at every signed head, the latest head's signature, and every
 * certificate against its log entries. Finds altered, reordered and removed entries, and status
 * changes made behind the log's back.
 */
@ApplicationScoped
public class LogAudit {

    private final LogQueries queries;
    private final SignatureVerifier signatures;
    private final ObjectMapper json;

    public LogAudit(LogQueries queries, SignatureVerifier signatures, ObjectMapper json) {
        this.queries = queries;
        this.signatures = signatures;
        this.json = json;
    }

    @Transactional
    public AuditReport run() {
        Findings findings = new Findings();
        Map<Long, byte[]> signedRoots = signedRoots(findings);
        long entries = checkEntries(signedRoots, findings);
        long certificates = checkCertificates(findings);
        Optional<TreeHead> latest = queries.latestHead();
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
        for (LogQueries.StoredHead head : queries.storedHeads()) {
            long size = head.treeSize();
            byte[] column = head.rootHash();
            byte[] signed = signedRoot(head.signature());
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
        try (Stream<LogQueries.StoredEntry> entries = queries.storedEntries()) {
            entries.forEach(entry -> chain.accept(entry.seq(), entry.kind(), entry.certificateId(), entry.recordedAt(),
                    entry.content(), entry.leafHash()));
        }
        return chain.size();
    }

    /** Every certificate must match the credential its ISSUED entry hashed, and hold the status its last entry says. */
    private long checkCertificates(Findings findings) {
        List<LogQueries.CertificateRecord> records = queries.certificateRecords();
        for (LogQueries.CertificateRecord record : records) {
            if (record.loggedHash() == null) {
                findings.add(null, record.id(), "certificate " + record.serial() + " has no issuance in the log");
                continue;
            }
            if (!record.credentialHash().equals(record.loggedHash())) {
                findings.add(null, record.id(), "certificate " + record.serial()
                        + " was altered: its credential is not the one logged");
            }
            String expected = expectedStatus(record.lastKind());
            if (!record.status().equals(expected)) {
                findings.add(null, record.id(), "certificate " + record.serial() + " is " + record.status()
                        + " but the log says " + expected + ": its status was changed outside the log");
            }
        }
        return records.size();
    }

    private static String expectedStatus(String lastKind) {
        return switch (LogKind.valueOf(lastKind)) {
            case ISSUED, REINSTATED -> "ACTIVE";
            case REVOKED -> "REVOKED";
            case SUSPENDED -> "SUSPENDED";
        };
    }
}
