package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.common.sql.Row;

/** Every read of certificates, and the numbers they are issued under. */
@ApplicationScoped
public class CertificateQueries {

    private final EntityManager em;

    public CertificateQueries(EntityManager em) {
        this.em = em;
    }

    public Certificate find(UUID id) {
        return em.find(Certificate.class, id);
    }

    /** The certificate, locked until the transaction ends: its status changes one at a time. */
    public Certificate locked(UUID id) {
        return em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Certificate> all(Collection<UUID> ids) {
        return em.createQuery("FROM Certificate WHERE id IN :ids", Certificate.class).setParameter("ids", ids)
                .getResultList();
    }

    /** The enrollment's certificate that is not revoked, if any. */
    public Optional<Certificate> inForceFor(long enrollmentId) {
        return em.createQuery("FROM Certificate WHERE enrollmentId = :enrollment AND status <> :revoked", Certificate.class)
                .setParameter("enrollment", enrollmentId).setParameter("revoked", CertificateStatus.REVOKED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The first certificate, not revoked, of any of the enrollments, if there is one. */
    public Optional<Certificate> inForceForAny(Collection<Long> enrollmentIds) {
        return em.createQuery("FROM Certificate WHERE enrollmentId IN :enrollments AND status <> :revoked", Certificate.class)
                .setParameter("enrollments", enrollmentIds).setParameter("revoked", CertificateStatus.REVOKED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The trainer certificates the participants hold, other than {@code except}. */
    public List<Certificate> trainerCertificatesOf(Collection<Long> participantIds, UUID except) {
        return em.createQuery("FROM Certificate WHERE holderParticipantId IN :participants AND certificateKind = 'TRAINER'"
                        + " AND id <> :except", Certificate.class)
                .setParameter("participants", participantIds).setParameter("except", except).getResultList();
    }

    /**
     * Up to {@code limit} certificates after the number, in number order, narrowed by the filter and,
     * when {@code holderAccount} is given, to that holder's.
     */
    public List<Certificate> page(Certificates.Filter filter, String holderAccount, long afterNumber, int limit) {
        StringBuilder where = new StringBuilder("number > :after");
        Map<String, Object> parameters = new HashMap<>(Map.of("after", afterNumber));
        and(where, parameters, "holderAccount", holderAccount);
        and(where, parameters, "holderInstitution", filter.institution());
        and(where, parameters, "programmeCode", filter.programme());
        and(where, parameters, "status", filter.status());
        and(where, parameters, "holderParticipantId", filter.participantId());
        return list("FROM Certificate WHERE " + where + " ORDER BY number", parameters, limit);
    }

    /** Up to {@code limit} active certificates ending after now and by {@code until}, soonest first, after the position. */
    public List<Certificate> expiring(OffsetDateTime until, String institution, OffsetDateTime afterUntil, Long afterNumber,
            int limit) {
        StringBuilder where = new StringBuilder("status = :active AND validUntil > :now AND validUntil <= :until");
        Map<String, Object> parameters = new HashMap<>(Map.of("active", CertificateStatus.ACTIVE,
                "now", OffsetDateTime.now(), "until", until));
        if (afterUntil != null) {
            where.append(" AND (validUntil > :afterUntil OR (validUntil = :afterUntil AND number > :afterNumber))");
            parameters.put("afterUntil", afterUntil);
            parameters.put("afterNumber", afterNumber);
        }
        and(where, parameters, "holderInstitution", institution);
        return list("FROM Certificate WHERE " + where + " ORDER BY validUntil, number", parameters, limit);
    }

    /** The next {@code count} certificate numbers, in one round trip. */
    public List<Long> nextNumbers(int count) {
        return Row.all(em.createNativeQuery("SELECT nextval('certificate_number') AS number"
                        + " FROM generate_series(1, :count)", Tuple.class).setParameter("count", count))
                .stream().map(row -> row.longValue("number")).toList();
    }

    /** Writes pending changes now, e.g. certificates before the log entries that reference them. */
    public void flush() {
        em.flush();
    }

    private static void and(StringBuilder where, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            where.append(" AND ").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }

    private List<Certificate> list(String hql, Map<String, Object> parameters, int limit) {
        TypedQuery<Certificate> query = em.createQuery(hql, Certificate.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
