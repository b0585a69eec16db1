package org.sanad.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sanad.gateway.routing.RouteTable;
import org.sanad.gateway.routing.Upstream;
import org.sanad.gateway.routing.Upstream.Instance;

/**
 * The gateway is ready when every service behind it has at least one ready instance. Each check
 * also refreshes the instances' place in the rotation, as the periodic watch does.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private final RouteTable table;
    private final InstanceWatch watch;

    public UpstreamsReadiness(RouteTable table, InstanceWatch watch) {
        this.table = table;
        this.watch = watch;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<Boolean>> probes = new ArrayList<>();
        for (Upstream upstream : table.upstreams()) {
            upstream.instances().forEach(instance -> probes.add(watch.check(upstream, instance)));
        }
        Future<HealthCheckResponse> all = Future.join(probes).transform(ignored -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
            int next = 0;
            for (Upstream upstream : table.upstreams()) {
                int ready = 0;
                for (Instance instance : upstream.instances()) {
                    if (probes.get(next++).result()) {
                        ready++;
                    }
                }
                String service = upstream.name() + "-service";
                response.withData(service, ready > 0 ? "UP" : "DOWN");
                response.withData(service + " instances ready", ready + "/" + upstream.instances().size());
                if (ready == 0) {
                    response.down();
                }
            }
            return Future.succeededFuture(response.build());
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }
}
