package org.sanad.enrollment.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.sanad.enrollment.outbox.OutboxQueries.Claim;
import org.sanad.enrollment.outbox.client.CompletionDelivery;

/**
 * Delivers pending completion events to certification-service, at least once and without holding a
 * database transaction across a network call:
 * <ol>
 * <li>a short transaction claims a batch of due events with {@code FOR UPDATE SKIP LOCKED}, counts the
 * attempt and moves each event's next attempt a lease ahead, so no other instance takes it meanwhile;</li>
 * <li>each event is sent with no transaction open;</li>
 * <li>each result is recorded in its own statement, fenced by the attempt number: an instance whose lease
 * ran out cannot overwrite what the instance that took the event over recorded.</li>
 * </ol>
 * A failed delivery is retried with exponential backoff and jitter, up to every five minutes, for as
 * long as it takes; an event certification-service refuses for good is parked (see {@link CompletionDelivery}).
 * An instance that stops mid-batch leaves its claims to expire: the events go out after the lease, from
 * any instance. certification-service treats the event id as an idempotency key, so a repeat is harmless.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int MAX_TEXT = 2000;

    private final OutboxQueries queries;
    private final CompletionDelivery delivery;
    private final int batchSize;
    private final Duration lease;
    private final Counter delivered;
    private final Counter failed;
    private final Counter refused;
    private volatile boolean stopping;

    public OutboxRelay(OutboxQueries queries, CompletionDelivery delivery,
            @ConfigProperty(name = "sanad.outbox.batch-size") int batchSize,
            @ConfigProperty(name = "sanad.outbox.lease") Duration lease, MeterRegistry registry) {
        this.queries = queries;
        this.delivery = delivery;
        this.batchSize = batchSize;
        this.lease = lease;
        this.delivered = Counter.builder("sanad.outbox.delivered").description("Completion events delivered").register(registry);
        this.failed = Counter.builder("sanad.outbox.failed.attempts").description("Failed delivery attempts").register(registry);
        this.refused = Counter.builder("sanad.outbox.refused")
                .description("Completion events certification-service refused for good, and parked").register(registry);
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${sanad.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayDue() {
        while (!stopping && relayBatch() == batchSize) {
            // a full batch: more may be due
        }
    }

    /** Claims one batch of due events, sends each and records the result; returns how many were claimed. */
    public int relayBatch() {
        List<Claim> claims = claim();
        for (Claim claim : claims) {
            if (stopping) {
                break;
            }
            send(claim);
        }
        return claims.size();
    }

    private List<Claim> claim() {
        return QuarkusTransaction.requiringNew().call(() -> queries.claim(batchSize, lease));
    }

    private void send(Claim claim) {
        try {
            delivery.deliver(claim.id(), claim.payload());
            fenced(claim, "delivered_at = now(), last_error = NULL", Map.of());
            delivered.increment();
        } catch (CompletionDelivery.Refused e) {
            // WARN, not ERROR: the service is fine; the parked gauge and the outbox health are what to alert on.
            LOG.warnf("Completion event %s parked: %s. Fix the cause, then replay it "
                    + "(POST /api/enrollment/outbox/events/%s/replay)", claim.id(), e.getMessage(), claim.id());
            fenced(claim, "parked_at = now(), park_reason = :why, last_error = :why", Map.of("why", truncate(e.getMessage())));
            refused.increment();
        } catch (RuntimeException e) {
            String why = e instanceof CompletionDelivery.Unavailable ? e.getMessage() : e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.warnf("Completion event %s not delivered (attempt %d): %s", claim.id(), claim.attempt(), why);
            fenced(claim, "last_error = :why, next_attempt_at = now() + :backoff * interval '1 millisecond'",
                    Map.of("why", truncate(why), "backoff", backoff(claim.attempt()).toMillis()));
            failed.increment();
        }
    }

    private void fenced(Claim claim, String assignments, Map<String, Object> parameters) {
        QuarkusTransaction.requiringNew().run(() -> queries.recordFenced(claim, assignments, parameters));
    }

    /** 1 s, 2 s, 4 s … up to five minutes, with up to 20% jitter so instances do not retry in step. */
    static Duration backoff(int attempts) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts - 1, 20));
        long jitterMillis = ThreadLocalRandom.current().nextLong(seconds * 200 + 1);
        return Duration.ofSeconds(seconds).plusMillis(jitterMillis);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
