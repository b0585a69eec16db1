package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.api.BatchRequest;
import org.sanad.certification.certificate.api.CertificateView;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.security.Caller;

/**
 * Batch issuance that a client can retry safely. With an {@code Idempotency-Key}, the first request
 * issues and remembers which certificates it issued; a retry with the same key and body (after a lost
 * 201, say) gets those certificates again and issues nothing; the same key with another body is refused.
 * Keys belong to the caller that sent them. Concurrent requests with one key are serialised by the key's
 * row: the second waits for the first to commit, then answers as a retry.
 */
@ApplicationScoped
public class BatchIssuance {

    private final EntityManager em;
    private final Records records;
    private final CertificateViews views;
    private final RequestDigest digest;

    public BatchIssuance(EntityManager em, Records records, CertificateViews views, RequestDigest digest) {
        this.em = em;
        this.records = records;
        this.views = views;
        this.digest = digest;
    }

    /** What a batch request got: the certificates, and whether they were issued by an earlier request. */
    public record Outcome(List<CertificateView> certificates, boolean replayed) {
    }

    @Transactional
    public Outcome issue(BatchRequest batch, String idempotencyKey, Caller caller) {
        if (idempotencyKey == null) {
            return new Outcome(records.record(batch.certificates(), caller), false);
        }
        String body = digest.of(batch);
        int claimed = em.createNativeQuery("INSERT INTO batch_issuance (caller, idempotency_key, body_sha256)"
                        + " VALUES (:caller, :key, :body) ON CONFLICT (caller, idempotency_key) DO NOTHING")
                .setParameter("caller", caller.subject()).setParameter("key", idempotencyKey).setParameter("body", body)
                .executeUpdate();
        if (claimed == 0) {
            return new Outcome(earlier(idempotencyKey, body, caller), true);
        }
        List<CertificateView> issued = records.record(batch.certificates(), caller);
        em.createNativeQuery("UPDATE batch_issuance SET certificate_ids = :ids WHERE caller = :caller AND idempotency_key = :key")
                .setParameter("ids", issued.stream().map(CertificateView::id).toArray(UUID[]::new))
                .setParameter("caller", caller.subject()).setParameter("key", idempotencyKey)
                .executeUpdate();
        return new Outcome(issued, false);
    }

    private List<CertificateView> earlier(String idempotencyKey, String body, Caller caller) {
        Tuple first = (Tuple) em.createNativeQuery("SELECT body_sha256, certificate_ids FROM batch_issuance"
                        + " WHERE caller = :caller AND idempotency_key = :key", Tuple.class)
                .setParameter("caller", caller.subject()).setParameter("key", idempotencyKey).getSingleResult();
        if (!body.equals(first.get("body_sha256", String.class))) {
            throw ProblemException.unprocessable("Idempotency-Key " + idempotencyKey + " was used before for a different "
                    + "batch; send a new key for a new batch", List.of(new FieldViolation("Idempotency-Key",
                    "already names another batch")));
        }
        List<UUID> ids = Arrays.asList(first.get("certificate_ids", UUID[].class));
        Map<UUID, Certificate> byId = Certificate.<Certificate>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(certificate -> certificate.id, Function.identity()));
        return ids.stream().map(byId::get).map(certificate -> views.view(certificate, caller)).toList();
    }
}
