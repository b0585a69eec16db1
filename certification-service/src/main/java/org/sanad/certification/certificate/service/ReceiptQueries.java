package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.sanad.common.sql.Row;

/**
 * The receipts that make issuance idempotent: one per completion event, one per batch request's
 * Idempotency-Key. Claiming a receipt takes its row; a concurrent claim of the same one waits for the
 * first to commit and then finds it taken.
 */
@ApplicationScoped
public class ReceiptQueries {

    private final EntityManager em;

    public ReceiptQueries(EntityManager em) {
        this.em = em;
    }

    /** What the first delivery of a completion event got, and a digest of its body. */
    public record CompletionReceipt(String outcome, UUID certificateId, String serial, String bodySha256) {
    }

    /** What the first request under an Idempotency-Key got, and a digest of its body. */
    public record BatchReceipt(String bodySha256, List<UUID> certificateIds) {
    }

    /** Claims the event id; false when it was received before. */
    public boolean claimCompletion(UUID eventId, String bodySha256) {
        return em.createNativeQuery("INSERT INTO completion_receipt (event_id, received_at, outcome, body_sha256)"
                        + " VALUES (:event, now(), 'PENDING', :body) ON CONFLICT (event_id) DO NOTHING")
                .setParameter("event", eventId).setParameter("body", bodySha256).executeUpdate() == 1;
    }

    public void recordCompletion(UUID eventId, String outcome, UUID certificateId) {
        em.createNativeQuery("UPDATE completion_receipt SET outcome = :outcome, certificate_id = :certificate"
                        + " WHERE event_id = :event")
                .setParameter("event", eventId).setParameter("outcome", outcome).setParameter("certificate", certificateId)
                .executeUpdate();
    }

    public CompletionReceipt completion(UUID eventId) {
        Row row = Row.single(em.createNativeQuery("SELECT r.outcome, r.certificate_id, c.serial, r.body_sha256"
                        + " FROM completion_receipt r LEFT JOIN certificate c ON c.id = r.certificate_id"
                        + " WHERE r.event_id = :event", Tuple.class)
                .setParameter("event", eventId));
        return new CompletionReceipt(row.string("outcome"), row.uuid("certificate_id"), row.string("serial"),
                row.string("body_sha256"));
    }

    /** Claims the caller's key; false when it was used before. */
    public boolean claimBatch(String caller, String key, String bodySha256) {
        return em.createNativeQuery("INSERT INTO batch_issuance (caller, idempotency_key, body_sha256)"
                        + " VALUES (:caller, :key, :body) ON CONFLICT (caller, idempotency_key) DO NOTHING")
                .setParameter("caller", caller).setParameter("key", key).setParameter("body", bodySha256)
                .executeUpdate() == 1;
    }

    public void recordBatch(String caller, String key, List<UUID> certificateIds) {
        em.createNativeQuery("UPDATE batch_issuance SET certificate_ids = :ids WHERE caller = :caller AND idempotency_key = :key")
                .setParameter("ids", certificateIds.toArray(UUID[]::new))
                .setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
    }

    public BatchReceipt batch(String caller, String key) {
        Row row = Row.single(em.createNativeQuery("SELECT body_sha256, certificate_ids FROM batch_issuance"
                        + " WHERE caller = :caller AND idempotency_key = :key", Tuple.class)
                .setParameter("caller", caller).setParameter("key", key));
        return new BatchReceipt(row.string("body_sha256"), Arrays.asList((UUID[]) row.value("certificate_ids")));
    }
}
