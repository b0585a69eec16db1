package org.sanad.enrollment.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.sanad.enrollment.outbox.OutboxQueries.State;

/**
 * How the outbox stands: events pending, the age of the oldest, the last delivery error, and events
 * parked because certification-service refused them for good. Reported at {@code /q/health/well}, DOWN
 * while any event is parked (a backlog or a parked event must not take the service out of rotation: it
 * still takes enrollments), and as Prometheus gauges an operator can alert on.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final OutboxQueries queries;

    public OutboxHealth(OutboxQueries queries, MeterRegistry registry) {
        this.queries = queries;
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
        return QuarkusTransaction.joiningExisting().call(queries::state);
    }
}
