package org.sanad.enrollment.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * How the outbox stands: events pending, the age of the oldest, the last delivery error, and events
 * parked because certification-service refused them for good. Reported at {@code /q/health/well}, DOWN
 * while any event is parked (a backlog or a parked event must not take the service out of rotation: it
 * still takes enrollments), and as Prometheus gauges an operator can alert on.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    public OutboxHealth(MeterRegistry registry) {
        Gauge.builder("sanad.outbox.pending", this, health -> health.state().pending())
                .description("Completion events not yet delivered").register(registry);
        Gauge.builder("sanad.outbox.oldest.age.seconds", this, health -> health.state().oldestAgeSeconds())
                .description("Age of the oldest undelivered completion event").register(registry);
        Gauge.builder("sanad.outbox.parked", this, health -> health.state().parked())
                .description("Completion events refused for good, waiting for an admin to replay them").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        State state = state();
        return HealthCheckResponse.named("Completion outbox").status(state.parked() == 0)
                .withData("pending", state.pending())
                .withData("parked", state.parked())
                .withData("oldestAgeSeconds", Math.round(state.oldestAgeSeconds()))
                .withData("lastError", state.lastError() == null ? "" : state.lastError())
                .build();
    }

    State state() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Tuple row = (Tuple) Panache.getEntityManager().createNativeQuery("""
                    SELECT count(*) FILTER (WHERE parked_at IS NULL) AS pending,
                           count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked,
                           COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0) AS oldest,
                           (SELECT last_error FROM outbox_event WHERE delivered_at IS NULL AND last_error IS NOT NULL
                            ORDER BY next_attempt_at DESC LIMIT 1) AS last_error
                    FROM outbox_event WHERE delivered_at IS NULL""", Tuple.class).getSingleResult();
            return new State(row.get("pending", Number.class).longValue(), row.get("parked", Number.class).longValue(),
                    row.get("oldest", Number.class).doubleValue(), row.get("last_error", String.class));
        });
    }

    record State(long pending, long parked, double oldestAgeSeconds, String lastError) {
    }
}
