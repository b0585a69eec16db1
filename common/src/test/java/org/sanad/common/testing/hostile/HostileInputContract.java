package org.sanad.common.testing.hostile;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanad.common.contract.PersonLimits;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.TableFingerprint;
import org.sanad.common.testing.TestTokens;
import org.sanad.common.testing.hostile.HostileCases.Request;
import org.sanad.common.testing.hostile.OpenApiOperations.Operation;

/**
 * The generated negative suite: from the service's own OpenAPI document, every operation is sent
 * malformed values for each parameter and body field, with a token of a role that may call it. Each
 * answer must be below 500, a 4xx must be problem details and must leave every table as it was, and
 * the service must log no ERROR. A service runs it by extending this class as a {@code @QuarkusTest}.
 */
public abstract class HostileInputContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The unspoilt request, sent with a token whose {@code sub} is as long as OIDC allows. */
    private static final String PLAUSIBLE = "the plausible request, by a subject of " + PersonLimits.ACCOUNT + " characters";

    private final Map<String, Integer> plausibleAnswers = new TreeMap<>();
    private TableFingerprint tables;

    /** A value for a path parameter that names an existing record the caller may use, so requests get past the lookup. */
    protected String pathValue(String operationPath, String parameter) {
        return "1";
    }

    /** A request body the operation would accept, which each case spoils in one place; by default built from the schema's examples. */
    protected JsonNode plausibleBody(String operation, JsonNode fromExamples) {
        return fromExamples;
    }

    /** Tables the service writes on its own schedule (an outbox relay), which a request cannot be blamed for. */
    protected Set<String> tablesWrittenInBackground() {
        return Set.of();
    }

    protected String institution() {
        return "DGSN";
    }

    @TestFactory
    Stream<DynamicTest> refusesHostileInputToEveryOperationWithAProblemAndStoresNothing() throws Exception {
        JsonNode document = MAPPER.readTree(send("GET", "/q/openapi?format=json", Map.of(), null, null).body());
        OpenApiOperations api = new OpenApiOperations(document);
        HostileCases generator = new HostileCases(api);
        List<Operation> operations = api.all();
        int[] total = {0};
        return Stream.concat(operations.stream().map(op -> DynamicTest.dynamicTest(op.key(), () -> {
            Map<String, String> pathValues = new LinkedHashMap<>();
            op.parameters().stream().filter(p -> p.in().equals("path"))
                    .forEach(p -> pathValues.put(p.name(), pathValue(op.path(), p.name())));
            JsonNode body = op.bodySchema() == null ? null : plausibleBody(op.key(), api.example(op.bodySchema(), 0));
            List<Request> cases = new ArrayList<>(generator.of(op, pathValues, body));
            String plausiblePath = HostileCases.substitute(op.path(), pathValues);
            cases.add(0, new Request(PLAUSIBLE, op.method(), plausiblePath, Map.of(),
                    Map.of("Authorization", "Bearer " + tokenFor(op, "s".repeat(PersonLimits.ACCOUNT))), op.mediaType().orElse(null),
                    body == null ? null : MAPPER.writeValueAsBytes(body)));
            total[0] += cases.size();
            List<String> failures = run(op, plausiblePath, cases);
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + cases.size() + " hostile requests to " + op.key() + " were mishandled:\n  "
                        + failures.stream().limit(25).collect(Collectors.joining("\n  ")));
            }
        })), Stream.of(DynamicTest.dynamicTest("count", () -> System.out.printf(
                "Hostile input: %d operations, %d requests; the plausible request answered:%n  %s%n", operations.size(), total[0],
                plausibleAnswers.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("\n  "))))));
    }

    private List<String> run(Operation op, String plausiblePath, List<Request> cases) throws Exception {
        List<String> failures = new ArrayList<>();
        ErrorLog errors = ErrorLog.attach();
        try {
            String before = fingerprint();
            Optional<String> etag = op.parameter("If-Match").isPresent() ? currentETag(plausiblePath) : Optional.empty();
            for (Request request : cases) {
                Map<String, String> headers = new LinkedHashMap<>();
                if (!op.roles().isEmpty()) {
                    headers.put("Authorization", "Bearer " + tokenFor(op, "hostile-suite"));
                }
                etag.ifPresent(value -> headers.put("If-Match", value));
                headers.putAll(request.headers());
                if (request.mediaType() != null) {
                    headers.put("Content-Type", request.mediaType());
                }
                HttpResponse<String> response = send(request.method(), request.path() + query(request.query()), headers,
                        request.body(), request.mediaType());
                int status = response.statusCode();
                if (request.description().equals(PLAUSIBLE)) {
                    plausibleAnswers.put(op.key(), status);
                }
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                String after = fingerprint();
                if (status >= 500) {
                    failures.add(request.description() + " -> " + status + " " + abbreviate(response.body()));
                } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
                    failures.add(request.description() + " -> " + status + " as " + contentType);
                } else if (status == 400 && response.body().contains("urn:sanad:problem:validation")
                        && !response.body().contains("\"errors\"")) {
                    failures.add(request.description() + " -> 400 naming no field: " + abbreviate(response.body()));
                } else if (status >= 400 && !after.equals(before)) {
                    failures.add(request.description() + " -> " + status + " but something was stored");
                }
                if (status < 400 && etag.isPresent()) {
                    etag = currentETag(plausiblePath);
                }
                before = after;
                for (String error : errors.drain()) {
                    failures.add(request.description() + " -> logged ERROR " + abbreviate(error));
                }
            }
        } finally {
            errors.detach();
        }
        return failures;
    }

    private String tokenFor(Operation op, String subject) {
        String role = op.roles().contains(Roles.ADMIN) ? Roles.ADMIN : op.roles().isEmpty() ? Roles.AUDITOR : op.roles().get(0);
        return TestTokens.token().roles(role).institution(institution()).subject(subject).sign();
    }

    /** The ETag of the record the operation changes: its own path, or the nearest parent that has one. */
    private Optional<String> currentETag(String path) throws Exception {
        String token = TestTokens.token().roles(Roles.ADMIN).institution(institution()).subject("hostile-suite").sign();
        for (String candidate = path; candidate.lastIndexOf('/') > 0; candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            HttpResponse<String> response = send("GET", candidate, Map.of("Authorization", "Bearer " + token), null, null);
            if (response.statusCode() == 200 && response.headers().firstValue("ETag").isPresent()) {
                return response.headers().firstValue("ETag");
            }
        }
        return Optional.empty();
    }

    private static HttpResponse<String> send(String method, String pathAndQuery, Map<String, String> headers, byte[] body,
            String mediaType) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        if (mediaType == null && body != null) {
            builder.header("Content-Type", "application/json");
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String baseUrl() {
        return "http://localhost:" + RestAssured.port;
    }

    private static String query(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        return "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private String fingerprint() {
        if (tables == null) {
            tables = new TableFingerprint(tablesWrittenInBackground());
        }
        return tables.take();
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** ERROR lines the service logs while the suite runs (the test runs in the service's JVM). */
    private static final class ErrorLog extends Handler {
        private final List<String> records = new CopyOnWriteArrayList<>();

        static ErrorLog attach() {
            ErrorLog log = new ErrorLog();
            Logger.getLogger("").addHandler(log);
            return log;
        }

        void detach() {
            Logger.getLogger("").removeHandler(this);
        }

        List<String> drain() {
            List<String> copy = List.copyOf(records);
            records.clear();
            return copy;
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                records.add(record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
