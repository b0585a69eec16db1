package org.sanad.enrollment.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * How the outbox stands: events pending, the age of the oldest, the last delivery error. Reported at
 * {@code /q/health/well} (a backlog must not take the service out of rotation: it still takes
 * enrollments) and as Prometheus gauges an operator can alert on.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    public OutboxHealth(MeterRegistry registry) {
        Gauge.builder("sanad.outbox.pending", this, health -> health.state().pending())
                .description("Completion events not yet delivered").register(registry);
        Gauge.builder("sanad.outbox.oldest.age.seconds", this, health -> health.state().oldestAgeSeconds())
                .description("Age of the oldest undelivered completion event").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        State state = state();
        return HealthCheckResponse.named("Completion outbox").up()
                .withData("pending", state.pending())
                .withData("oldestAgeSeconds", Math.round(state.oldestAgeSeconds()))
                .withData("lastError", state.lastError() == null ? "" : state.lastError())
                .build();
    }

    State state() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(
                    "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0),"
                            + " (SELECT last_error FROM outbox_event WHERE delivered_at IS NULL AND last_error IS NOT NULL"
                            + " ORDER BY next_attempt_at DESC LIMIT 1)"
                            + " FROM outbox_event WHERE delivered_at IS NULL").getSingleResult();
            return new State(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue(), (String) row[2]);
        });
    }

    record State(long pending, double oldestAgeSeconds, String lastError) {
    }
}
