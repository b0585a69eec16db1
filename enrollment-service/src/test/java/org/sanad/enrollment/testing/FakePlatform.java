package org.sanad.enrollment.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The two services enrollment-service calls, as real HTTP servers on loopback: curriculum-service
 * answering programme snapshots the tests register, and certification-service recording the
 * completion events it receives. Either can be stopped and started again on the same port.
 */
public class FakePlatform implements QuarkusTestResourceLifecycleManager {

    public static final Upstream CURRICULUM = new Upstream(FakePlatform::snapshot);
    public static final Upstream CERTIFICATION = new Upstream(FakePlatform::completion);

    private static final Map<String, String> SNAPSHOTS = new ConcurrentHashMap<>();
    /** Every delivery received: Idempotency-Key, then body. Redeliveries appear twice here. */
    public static final List<Map.Entry<String, String>> DELIVERIES = new CopyOnWriteArrayList<>();
    private static volatile Refusal refusal;

    /** How certification-service answers while it refuses completions, e.g. 422 and a problem document. */
    public record Refusal(int status, String problem) {
    }

    @Override
    public Map<String, String> start() {
        CURRICULUM.start();
        CERTIFICATION.start();
        return Map.of("quarkus.rest-client.curriculum.url", CURRICULUM.url(),
                "quarkus.rest-client.certification.url", CERTIFICATION.url(),
                "sanad.outbox.interval", "1s");
    }

    @Override
    public void stop() {
        CURRICULUM.stop();
        CERTIFICATION.stop();
    }

    /** Makes certification-service answer every completion with this refusal, or normally again with null. */
    public static void refuseCompletions(Refusal answer) {
        refusal = answer;
    }

    /** Makes curriculum-service answer this snapshot for the programme's code and version. */
    public static void programme(String code, int version, String status, String certificateKind, String modulesJson) {
        SNAPSHOTS.put(code + "/" + version, """
                {"code":"%s","version":%d,"status":"%s","title":"Programme %s","audience":"Trainers",
                 "modules":%s,"totalHours":12,
                 "completion":{"minAttendancePercent":80,"minModuleScore":70,"minOverallScore":75},
                 "certificate":{"kind":"%s","validityMonths":36},
                 "standards":[{"provision":"ICRMW-16","instrument":"ICRMW","shortTitle":"Liberty and security of person"}],
                 "publishedAt":"2025-01-10T09:00:00Z"}""".formatted(code, version, status, code, modulesJson, certificateKind));
    }

    private static void snapshot(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String prefix = "/api/curriculum/programmes/";
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            respond(exchange, 401, "{}");
            return;
        }
        // Like curriculum-service, answer only a client that accepts JSON.
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (accept != null && !accept.contains("json") && !accept.contains("*/*")) {
            respond(exchange, 406, "{}");
            return;
        }
        if (path.startsWith(prefix) && path.endsWith("/snapshot")) {
            String[] parts = path.substring(prefix.length()).split("/");
            String body = SNAPSHOTS.get(parts[0] + "/" + parts[2]);
            respond(exchange, body == null ? 404 : 200, body == null ? "{\"status\":404}" : body);
        } else {
            respond(exchange, 404, "{}");
        }
    }

    private static void completion(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        boolean repeat = DELIVERIES.stream().anyMatch(d -> d.getKey().equals(key));
        DELIVERIES.add(Map.entry(key, body));
        Refusal refused = refusal;
        if (refused != null) {
            respond(exchange, refused.status(), "application/problem+json", refused.problem());
            return;
        }
        respond(exchange, repeat ? 409 : 201, "{}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        respond(exchange, status, "application/json", body);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** One fake service on a fixed port that survives stop and start. */
    public static final class Upstream {

        private final Handler handler;
        private HttpServer server;
        private int port;

        Upstream(Handler handler) {
            this.handler = handler;
        }

        public synchronized void start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                server.createContext("/", exchange -> handler.handle(exchange));
                server.start();
                port = server.getAddress().getPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public synchronized void stop() {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }

        public String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
