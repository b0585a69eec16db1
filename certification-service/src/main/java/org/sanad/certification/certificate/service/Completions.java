package org.sanad.certification.certificate.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.api.CompletionOutcome;
import org.sanad.certification.certificate.api.CompletionOutcome.Outcome;
import org.sanad.common.contract.CompletionEvent;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;

/**
 * Turns completion events into certificates, once per event id however often and however
 * concurrently the event is delivered, and at most one certificate in force per enrollment.
 */
@ApplicationScoped
public class Completions {

    private static final List<String> KINDS = List.of("TRAINER", "PARTICIPATION", "NONE");

    private final ReceiptQueries receipts;
    private final CertificateQueries certificates;
    private final Issuance issuance;
    private final MeterRegistry registry;
    private final RequestDigest digest;

    public Completions(ReceiptQueries receipts, CertificateQueries certificates, Issuance issuance, MeterRegistry registry,
            RequestDigest digest) {
        this.receipts = receipts;
        this.certificates = certificates;
        this.issuance = issuance;
        this.registry = registry;
        this.digest = digest;
    }

    @Transactional
    public CompletionOutcome receive(CompletionEvent event) {
        check(event);
        // Claims the event id; a concurrent delivery of the same event waits here until this one commits.
        String body = digest.of(event);
        if (!receipts.claimCompletion(event.eventId(), body)) {
            return counted(earlier(event.eventId(), body));
        }
        CompletionOutcome outcome = counted(decide(event));
        receipts.recordCompletion(event.eventId(), outcome.outcome().name(), outcome.certificateId());
        return outcome;
    }

    /** Counts deliveries by outcome; {@code repeated="true"} shows how often senders deliver an event again. */
    private CompletionOutcome counted(CompletionOutcome outcome) {
        registry.counter("sanad.completions.received", "outcome", outcome.outcome().name(),
                "repeated", Boolean.toString(outcome.repeated())).increment();
        return outcome;
    }

    private CompletionOutcome decide(CompletionEvent event) {
        if ("NONE".equals(event.programme().certificateKind())) {
            return new CompletionOutcome(event.eventId(), Outcome.NO_CERTIFICATE, null, null, false);
        }
        Optional<Certificate> inForce = certificates.inForceFor(event.enrollmentId());
        if (inForce.isPresent()) {
            return new CompletionOutcome(event.eventId(), Outcome.ALREADY_CERTIFIED, inForce.get().id, inForce.get().serial, false);
        }
        Certificate issued = issuance.issue(List.of(Drafts.fromCompletion(event))).get(0);
        return new CompletionOutcome(event.eventId(), Outcome.ISSUED, issued.id, issued.serial, false);
    }

    /** The answer the first delivery of this event got; a different event under the same id is refused. */
    private CompletionOutcome earlier(UUID eventId, String body) {
        ReceiptQueries.CompletionReceipt receipt = receipts.completion(eventId);
        String first = receipt.bodySha256();
        if (first != null && !first.equals(body)) {
            throw ProblemException.unprocessable("Event " + eventId + " was received before with a different body; "
                    + "a new completion needs a new eventId", List.of(new FieldViolation("eventId",
                    "already names another completion event")));
        }
        return new CompletionOutcome(eventId, Outcome.valueOf(receipt.outcome()), receipt.certificateId(), receipt.serial(),
                true);
    }

    private static void check(CompletionEvent event) {
        if (!KINDS.contains(event.programme().certificateKind())) {
            throw ProblemException.unprocessable("Unknown certificate kind", List.of(new FieldViolation(
                    "programme.certificateKind", "must be one of " + KINDS)));
        }
        Dates.requireOrdered(event.cohort().startDate(), event.cohort().endDate(), "cohort");
    }
}
