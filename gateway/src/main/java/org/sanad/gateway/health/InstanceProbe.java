package org.sanad.gateway.health;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.sanad.gateway.config.GatewayConfig;
import org.sanad.gateway.routing.Upstream.Instance;

/** Asks one service instance whether it is ready ({@code /q/health/ready} answering 200). */
@ApplicationScoped
public class InstanceProbe {

    private static final long TIMEOUT_MILLIS = 2_000;

    private final HttpClient client;

    public InstanceProbe(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions().setConnectTimeout((int) TIMEOUT_MILLIS);
        this.client = vertx.createHttpClient(config.trustingUpstreams(options));
    }

    public Future<Boolean> ready(Instance instance) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.tls())
                .setURI("/q/health/ready")
                .setIdleTimeout(TIMEOUT_MILLIS);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200))
                .otherwise(false);
    }
}
