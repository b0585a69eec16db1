package org.sanad.certification.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.common.sql.Row;

/** What public verification reads: only the fields the public answer shows, in one round trip. */
@ApplicationScoped
public class VerificationQueries {

    private static final String PUBLIC_RECORD = """
            SELECT c.serial, c.holder_given_name || ' ' || c.holder_family_name AS holder, c.holder_institution,
                   c.programme_title, c.cohort_location, c.cohort_start, c.cohort_end, c.issuing_institutions,
                   c.valid_from, c.valid_until, c.status, c.status_reason, c.status_changed_at,
                   s.serial AS superseded_by
            FROM certificate c LEFT JOIN certificate s ON s.id = c.superseded_by
            WHERE c.""";

    private final EntityManager em;

    public VerificationQueries(EntityManager em) {
        this.em = em;
    }

    /** A certificate as the public may see it. */
    public record PublicRecord(String serial, String holder, String holderInstitution, String programmeTitle,
            String location, LocalDate start, LocalDate end, List<String> issuingInstitutions, OffsetDateTime validFrom,
            OffsetDateTime validUntil, CertificateStatus status, String statusReason, OffsetDateTime statusChangedAt,
            String supersededBy) {
    }

    public Optional<PublicRecord> byCode(String verificationCode) {
        return publicRecord("verification_code", verificationCode);
    }

    public Optional<PublicRecord> byId(UUID id) {
        return publicRecord("id", id);
    }

    public Optional<Certificate> certificate(UUID id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    private Optional<PublicRecord> publicRecord(String column, Object value) {
        return Row.all(em.createNativeQuery(PUBLIC_RECORD + column + " = :value", Tuple.class).setParameter("value", value))
                .stream().findFirst().map(row -> new PublicRecord(row.string("serial"), row.string("holder"),
                        row.string("holder_institution"), row.string("programme_title"), row.string("cohort_location"),
                        row.date("cohort_start"), row.date("cohort_end"), row.strings("issuing_institutions"),
                        row.timestamp("valid_from"), row.timestamp("valid_until"),
                        row.enumValue("status", CertificateStatus.class), row.string("status_reason"),
                        row.timestamp("status_changed_at"), row.string("superseded_by")));
    }
}
