package org.sanad.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sanad.gateway.routing.RouteTable;
import org.sanad.gateway.routing.Upstream;

/** The gateway is ready when every service behind it says it is ready. */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private static final long PROBE_TIMEOUT_MILLIS = 2_000;

    private final RouteTable table;
    private final HttpClient client;

    public UpstreamsReadiness(RouteTable table, Vertx vertx) {
        this.table = table;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) PROBE_TIMEOUT_MILLIS));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<Boolean>> probes = table.upstreams().stream().map(this::probe).toList();
        Future<HealthCheckResponse> all = Future.join(probes).transform(ignored -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
            for (int i = 0; i < probes.size(); i++) {
                boolean ready = probes.get(i).result();
                response.withData(table.upstreams().get(i).name() + "-service", ready ? "UP" : "DOWN");
                if (!ready) {
                    response.down();
                }
            }
            return Future.succeededFuture(response.build());
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    private Future<Boolean> probe(Upstream upstream) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setURI("/q/health/ready")
                .setIdleTimeout(PROBE_TIMEOUT_MILLIS);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200))
                .otherwise(false);
    }
}
