package org.sanad.gateway.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.sanad.gateway.routing.RouteTable;
import org.sanad.gateway.routing.Upstream;
import org.sanad.gateway.routing.Upstream.Instance;

/**
 * For operators, at {@code /q/health/group/upstreams}: how many instances of each service are in the
 * rotation, as the periodic {@link InstanceWatch} last found them. Reading it probes nothing, so no
 * caller can make it fan out to every instance. It is not the gateway's readiness on purpose: one
 * service without a ready instance must not take the gateway, and public verification with it, out
 * of its load balancer.
 */
@HealthGroup(UpstreamsHealth.GROUP)
@ApplicationScoped
public class UpstreamsHealth implements HealthCheck {

    public static final String GROUP = "upstreams";

    private final RouteTable table;

    public UpstreamsHealth(RouteTable table) {
        this.table = table;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        for (Upstream upstream : table.upstreams()) {
            long ready = upstream.instances().stream().filter(Instance::isUp).count();
            String service = upstream.name() + "-service";
            response.withData(service, ready > 0 ? "UP" : "DOWN");
            response.withData(service + " instances ready", ready + "/" + upstream.instances().size());
            if (ready == 0) {
                response.down();
            }
        }
        return response.build();
    }
}
