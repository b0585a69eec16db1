package org.sanad.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PemKeyCertOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Services as they misbehave in production, each a real server on the wire:
 * <ul>
 * <li>curriculum-service: two instances that can be restarted, each answering with its name;
 * <li>enrollment-service: one instance that closes a kept-alive connection instead of answering a
 * second request on it, as a service does when it closes an idle connection just as the gateway
 * reuses it, or has restarted since;
 * <li>certification-service: one instance that speaks only TLS, with a certificate of its own.
 * </ul>
 */
public class FlakyUpstreams implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger DROPPED = new AtomicInteger();
    private static final Map<String, Restartable> CURRICULUM = new ConcurrentHashMap<>();
    private static Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            Path certificate = selfSignedCertificate();
            Restartable first = new Restartable("first", 0);
            Restartable second = new Restartable("second", 0);
            CURRICULUM.put("first", first);
            CURRICULUM.put("second", second);
            HttpServer closing = listen(vertx.createHttpServer().requestHandler(closingReusedConnections()), 0);
            HttpServer tls = listen(vertx.createHttpServer(new HttpServerOptions().setSsl(true).setKeyCertOptions(
                    new PemKeyCertOptions().setCertPath(certificate.toString())
                            .setKeyPath(certificate.resolveSibling("key.pem").toString())))
                    .requestHandler(request -> answer(request, request.isSSL() ? "tls" : "plain")), 0);
            return Map.of(
                    "sanad.gateway.curriculum-url", "http://127.0.0.1:" + first.port + ",http://127.0.0.1:" + second.port,
                    "sanad.gateway.enrollment-url", "http://127.0.0.1:" + closing.actualPort(),
                    "sanad.gateway.certification-url", "https://127.0.0.1:" + tls.actualPort(),
                    "sanad.gateway.upstream-certificates", certificate.toString(),
                    "sanad.gateway.health-interval", "200ms",
                    "sanad.gateway.public-rate.burst", "100000");
        } catch (Exception e) {
            throw new IllegalStateException("Flaky upstreams did not start", e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }

    /** Stops an instance of curriculum-service, waits, and starts it again on the same port. */
    static void restart(String name, long downMillis) throws Exception {
        CURRICULUM.get(name).restart(downMillis);
    }

    private static final class Restartable {

        private final String name;
        private final int port;
        private HttpServer server;

        Restartable(String name, int port) throws Exception {
            this.name = name;
            this.server = listen(vertx.createHttpServer().requestHandler(request -> answer(request, name)), port);
            this.port = server.actualPort();
        }

        void restart(long downMillis) throws Exception {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            Thread.sleep(downMillis);
            server = listen(vertx.createHttpServer().requestHandler(request -> answer(request, name)), port);
        }
    }

    private static io.vertx.core.Handler<HttpServerRequest> closingReusedConnections() {
        Set<HttpConnection> used = ConcurrentHashMap.newKeySet();
        return request -> {
            HttpConnection connection = request.connection();
            if (!request.path().equals("/q/health/ready") && !used.add(connection)) {
                DROPPED.incrementAndGet();
                connection.close();
                return;
            }
            connection.closeHandler(closed -> used.remove(connection));
            answer(request, "closing");
        };
    }

    private static void answer(HttpServerRequest request, String name) {
        if (request.path().equals("/q/health/ready")) {
            request.response().setStatusCode(200).end("{\"status\":\"UP\"}");
        } else {
            request.response().putHeader("X-Instance", name).end(name);
        }
    }

    private static HttpServer listen(HttpServer server, int port) throws Exception {
        return server.listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** A certificate for 127.0.0.1 made with openssl, as an operator would make one for a test. */
    private static Path selfSignedCertificate() throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "flaky-upstreams"));
        Path certificate = directory.resolve("certificate.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-keyout", directory.resolve("key.pem").toString(), "-out", certificate.toString(), "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1")
                .redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes());
        if (openssl.waitFor() != 0) {
            throw new IllegalStateException("openssl could not make a certificate: " + output);
        }
        return certificate.toAbsolutePath();
    }
}
