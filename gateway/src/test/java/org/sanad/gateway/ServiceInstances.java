package org.sanad.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two real instances of a service, each answering with its own name, and a port where a third has
 * died: what the gateway sees when a service is scaled out and one replica is killed.
 */
public class ServiceInstances implements QuarkusTestResourceLifecycleManager {

    static volatile boolean secondReady = true;
    private static HttpServer second;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            String first = "http://127.0.0.1:" + listen("first").actualPort();
            second = listen("second");
            String other = "http://127.0.0.1:" + second.actualPort();
            String dead = "http://127.0.0.1:" + unusedPort();
            return Map.of(
                    "sanad.gateway.curriculum-url", first + "," + other,
                    "sanad.gateway.certification-url", dead + "," + first,
                    "sanad.gateway.enrollment-url", first,
                    "sanad.gateway.health-interval", "200ms");
        } catch (Exception e) {
            throw new IllegalStateException("Service instances did not start", e);
        }
    }

    /** Kills the second instance: its port stops accepting connections. */
    static void killSecond() throws Exception {
        second.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private HttpServer listen(String name) throws Exception {
        return vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/ready")) {
                boolean ready = !"second".equals(name) || secondReady;
                request.response().setStatusCode(ready ? 200 : 503).end(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
            } else {
                request.response().putHeader("X-Instance", name).end(name);
            }
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static int unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
