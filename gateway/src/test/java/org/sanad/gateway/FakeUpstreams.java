package org.sanad.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for curriculum- and certification-service, so the gateway's own
 * behaviour (forwarding, streaming, timeouts) can be observed from the other side of the wire.
 * Enrollment-service is pointed at a port nobody listens on: it is "down".
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    static final int STREAMED_RESPONSE_BYTES = 4 * 1024 * 1024;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(FakeUpstreams::serve);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String url = "http://127.0.0.1:" + server.actualPort();
            return Map.of(
                    "sanad.gateway.curriculum-url", url,
                    "sanad.gateway.certification-url", url,
                    "sanad.gateway.enrollment-url", "http://127.0.0.1:" + unusedPort());
        } catch (Exception e) {
            throw new IllegalStateException("Fake upstream did not start", e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }

    private static void serve(HttpServerRequest request) {
        String path = request.path();
        if (path.endsWith("/slow")) {
            request.response().setStatusCode(200);
            request.body().onSuccess(body -> Vertx.currentContext().owner()
                    .setTimer(3_000, t -> request.response().end("late")));
        } else if (path.endsWith("/stream")) {
            request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
            byte[] chunk = new byte[64 * 1024];
            for (int sent = 0; sent < STREAMED_RESPONSE_BYTES; sent += chunk.length) {
                request.response().write(Buffer.buffer(chunk));
            }
            request.response().end();
        } else if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json")
                    .end("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"fake\"},\"x-query\":\"" + request.query() + "\"}");
        } else if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
        } else {
            request.body().onSuccess(body -> echo(request, body));
        }
    }

    /** Answers with what arrived: method, URI, headers and body size. */
    private static void echo(HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        JsonObject echo = new JsonObject()
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("bodyBytes", body.length());
        request.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Connection", "keep-alive, X-Upstream-Hop")
                .putHeader("X-Upstream-Hop", "must not reach the client")
                .putHeader("X-Upstream-Header", "kept")
                // As a service names what it created: with the address it was reached at.
                .putHeader("Location", "http://" + request.getHeader("Host") + request.path() + "/created")
                .putHeader("Content-Location", "https://elsewhere.example/kept")
                .end(echo.encode());
    }

    private static int unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
