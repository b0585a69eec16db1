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
    private static Vertx vertx;
    private static HttpServer second;
    private static int secondPort;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            String first = "http://127.0.0.1:" + listen("first", 0).actualPort();
            second = listen("second", 0);
            secondPort = second.actualPort();
            String other = "http://127.0.0.1:" + secondPort;
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
    static synchronized void killSecond() throws Exception {
        if (second != null) {
            second.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            second = null;
        }
    }

    /** Starts the second instance again on its port, if it was killed, and makes it report itself ready. */
    static synchronized void reviveSecond() throws Exception {
        secondReady = true;
        if (second == null) {
            second = listen("second", secondPort);
        }
    }

    private static HttpServer listen(String name, int port) throws Exception {
        return vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/ready")) {
                boolean ready = !"second".equals(name) || secondReady;
                request.response().setStatusCode(ready ? 200 : 503).end(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
            } else {
                request.response().putHeader("X-Instance", name).end(name);
            }
        }).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static int unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        second = null;
        vertx.close();
    }
}
