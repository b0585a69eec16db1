package org.sanad.enrollment.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.sanad.common.security.ServiceTokens;

/**
 * Delivers pending completion events to certification-service. Each pass claims a batch with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances of this service relay side by side without
 * sending an event twice; a failed delivery is retried with exponential backoff and jitter, up to
 * every five minutes, for as long as it takes. Delivery is at-least-once: certification-service
 * treats the event id as an idempotency key, and answers a repeat with 200 or 409.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String COMPLETIONS_PATH = "/api/certification/completions";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final URI target;
    private final int batchSize;
    private final ServiceTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Counter delivered;
    private final Counter failed;
    private volatile boolean stopping;

    public OutboxRelay(@ConfigProperty(name = "sanad.outbox.certification-url") String certificationUrl,
            @ConfigProperty(name = "sanad.outbox.batch-size") int batchSize, ServiceTokens tokens, MeterRegistry registry) {
        this.target = URI.create(certificationUrl.replaceAll("/+$", "") + COMPLETIONS_PATH);
        this.batchSize = batchSize;
        this.tokens = tokens;
        this.delivered = Counter.builder("sanad.outbox.delivered").description("Completion events delivered").register(registry);
        this.failed = Counter.builder("sanad.outbox.failed.attempts").description("Failed delivery attempts").register(registry);
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${sanad.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayDue() {
        // Events left now are sent by the next start, or by another instance: nothing is lost by stopping.
        while (!stopping && relayBatch() == batchSize) {
            // a full batch: more may be due
        }
    }

    /** Sends one batch of due events and records each result; returns how many were claimed. */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> due = Panache.getEntityManager().createNativeQuery(
                            "SELECT id, CAST(payload AS text), attempts FROM outbox_event"
                                    + " WHERE delivered_at IS NULL AND next_attempt_at <= now()"
                                    + " ORDER BY next_attempt_at, created_at LIMIT :n FOR UPDATE SKIP LOCKED")
                    .setParameter("n", batchSize).getResultList();
            for (Object[] row : due) {
                UUID id = (UUID) row[0];
                String failure = send(id, (String) row[1]);
                record(id, ((Number) row[2]).intValue() + 1, failure);
            }
            return due.size();
        });
    }

    /** @return null when delivered, else why not */
    private String send(UUID id, String payload) {
        try {
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.bearer())
                    .header("Idempotency-Key", id.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            // 409: certification-service already holds this event (a redelivery); that is success too.
            return status / 100 == 2 || status == 409 ? null : "certification-service answered HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    private void record(UUID id, int attempts, String failure) {
        OffsetDateTime now = OffsetDateTime.now();
        var update = Panache.getEntityManager().createNativeQuery(
                "UPDATE outbox_event SET attempts = :attempts, delivered_at = :deliveredAt, last_error = :error,"
                        + " next_attempt_at = :next WHERE id = :id")
                .setParameter("id", id).setParameter("attempts", attempts);
        if (failure == null) {
            update.setParameter("deliveredAt", now).setParameter("error", null).setParameter("next", now);
            delivered.increment();
        } else {
            LOG.warnf("Completion event %s not delivered (attempt %d): %s", id, attempts, failure);
            update.setParameter("deliveredAt", null).setParameter("error", truncate(failure))
                    .setParameter("next", now.plus(backoff(attempts)));
            failed.increment();
        }
        update.executeUpdate();
    }

    /** 1 s, 2 s, 4 s … up to five minutes, with up to 20% jitter so instances do not retry in step. */
    static Duration backoff(int attempts) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts - 1, 20));
        long jitterMillis = ThreadLocalRandom.current().nextLong(seconds * 200 + 1);
        return Duration.ofSeconds(seconds).plusMillis(jitterMillis);
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
