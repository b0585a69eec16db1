package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.credential.OpenBadgeCredentials;
import org.sanad.certification.certificate.credential.VerificationCodes;
import org.sanad.certification.log.LogKind;
import org.sanad.certification.log.LogRecord;
import org.sanad.certification.log.TransparencyLog;

/**
 * Issues certificates: numbers them, signs their credentials, stores them and logs each issuance,
 * all in the caller's transaction, so a certificate exists exactly when its log entry does.
 */
@ApplicationScoped
public class Issuance {

    private final CertificateQueries queries;
    private final OpenBadgeCredentials credentials;
    private final TransparencyLog log;

    public Issuance(CertificateQueries queries, OpenBadgeCredentials credentials, TransparencyLog log) {
        this.queries = queries;
        this.credentials = credentials;
        this.log = log;
    }

    /** Issues the drafted certificates (holder, programme and training set) in one log append. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Certificate> issue(List<Certificate> drafts) {
        List<Long> numbers = queries.nextNumbers(drafts.size());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<LogRecord> records = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Certificate certificate = drafts.get(i);
            certificate.id = UUID.randomUUID();
            certificate.number = numbers.get(i);
            certificate.serial = "SANAD-%d-%06d".formatted(now.getYear(), certificate.number);
            certificate.verificationCode = VerificationCodes.next();
            certificate.issuedAt = now;
            certificate.status = CertificateStatus.ACTIVE;
            credentials.sign(certificate);
            certificate.persist();
            records.add(new LogRecord(LogKind.ISSUED, certificate.id, certificate.serial,
                    Map.of("credentialSha256", sha256(certificate.credential), "kid", certificate.signingKid)));
        }
        // Certificates reach the database before the log entries that reference them.
        queries.flush();
        log.append(records);
        return drafts;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
