package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

    private final ReceiptQueries receipts;
    private final CertificateQueries certificates;
    private final Records records;
    private final CertificateViews views;
    private final RequestDigest digest;

    public BatchIssuance(ReceiptQueries receipts, CertificateQueries certificates, Records records, CertificateViews views,
            RequestDigest digest) {
        this.receipts = receipts;
        this.certificates = certificates;
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
        if (!receipts.claimBatch(caller.subject(), idempotencyKey, body)) {
            return new Outcome(earlier(idempotencyKey, body, caller), true);
        }
        List<CertificateView> issued = records.record(batch.certificates(), caller);
        receipts.recordBatch(caller.subject(), idempotencyKey, issued.stream().map(CertificateView::id).toList());
        return new Outcome(issued, false);
    }

    private List<CertificateView> earlier(String idempotencyKey, String body, Caller caller) {
        ReceiptQueries.BatchReceipt first = receipts.batch(caller.subject(), idempotencyKey);
        if (!body.equals(first.bodySha256())) {
            throw ProblemException.unprocessable("Idempotency-Key " + idempotencyKey + " was used before for a different "
                    + "batch; send a new key for a new batch", List.of(new FieldViolation("Idempotency-Key",
                    "already names another batch")));
        }
        List<UUID> ids = first.certificateIds();
        Map<UUID, Certificate> byId = certificates.all(ids).stream()
                .collect(Collectors.toMap(certificate -> certificate.id, Function.identity()));
        return ids.stream().map(byId::get).map(certificate -> views.view(certificate, caller)).toList();
    }
}
