package org.sanad.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;

/**
 * What every Sanad service promises from day one, whatever it does: it is ready only with its
 * database, it answers errors as problem details, it traces requests, and it publishes its API.
 * Each service runs these by extending this class as a {@code @QuarkusTest}.
 */
public abstract class ServiceConventionsContract {

    /** The service's API root, e.g. {@code /api/curriculum}. */
    protected abstract String apiRoot();

    @Test
    void isReadyOnlyWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .when().get(apiRoot() + "/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo(apiRoot() + "/no-such-thing"));
    }

    @Test
    void refusesABadTokenWithAProblem() {
        given().auth().oauth2(TestTokens.tampered(Roles.PARTNER, Roles.ADMIN))
                .when().get(apiRoot() + "/no-such-thing")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void refusesAnHttp11RequestWithoutHost() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + apiRoot() + "/no-such-thing HTTP/1.1\r\nAuthorization: Bearer "
                    + TestTokens.forRole(Roles.AUDITOR) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer, startsWith("HTTP/1.1 400"));
            assertThat(answer.toLowerCase(), containsString("content-type: application/problem+json"));
        }
    }

    @Test
    void keepsTheCallersRequestIdAndMakesOneOtherwise() {
        given().header("X-Request-Id", "gateway-7f3a")
                .when().get("/q/health/live")
                .then().header("X-Request-Id", "gateway-7f3a");
        given().when().get("/q/health/live")
                .then().header("X-Request-Id", notNullValue());
    }

    @Test
    void publishesItsOpenApiWithTheBearerScheme() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas.Problem", notNullValue());
    }

    /**
     * The answers every operation of a kind gives are in the document for each such operation: 401 and
     * 403 where a token is needed, 400 where there is a body, 404 where a secured path names something, 412
     * and 428 where If-Match is taken; each error as problem details.
     */
    @Test
    void documentsTheAnswersEveryOperationOfItsKindGives() {
        Map<String, Map<String, Object>> paths = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !(operation.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            Set<String> documented = responses.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
            String where = method.toUpperCase() + " " + path;
            boolean secured = operation.get("security") instanceof List<?> security && !security.isEmpty();
            if (secured) {
                assertThat(where, documented, hasItems("401", "403"));
            }
            if (operation.get("requestBody") != null) {
                assertThat(where, documented, hasItem("400"));
            }
            List<?> parameters = operation.get("parameters") instanceof List<?> list ? list : List.of();
            if (secured && parameters.stream().anyMatch(parameter -> parameter instanceof Map<?, ?> p && "path".equals(p.get("in")))) {
                assertThat(where, documented, hasItem("404"));
            }
            if (parameters.stream().anyMatch(parameter -> parameter instanceof Map<?, ?> p
                    && "header".equals(p.get("in")) && "If-Match".equalsIgnoreCase(String.valueOf(p.get("name"))))) {
                assertThat(where, documented, hasItems("412", "428"));
            }
            documented.stream().filter(status -> status.startsWith("4") || status.startsWith("5")).forEach(status ->
                    assertThat(where + " " + status, String.valueOf(((Map<?, ?>) responses.get(status)).get("content")),
                            containsString("application/problem+json")));
        }));
    }

    /** Client generators name their methods after operation ids: each operation has its own. */
    @Test
    void namesEveryOperationOnce() {
        List<String> ids = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getList("paths.collect { path, operations -> operations.findAll { it.value instanceof Map }"
                        + ".collect { it.value.operationId } }.flatten()", String.class);
        assertThat(ids, not(hasItem(nullValue())));
        assertThat("operation ids repeated", ids.size(), equalTo(Set.copyOf(ids).size()));
        ids.forEach(id -> assertThat(id, matchesPattern("[a-z][A-Za-z]+")));
    }

    /**
     * Each JSON or CSV request body carries an example (from the service's META-INF/openapi-examples),
     * which its ApiExamplesTest sends to the running service.
     */
    @Test
    void documentsAnExampleOfEveryJsonOrCsvRequestBody() {
        List<String> undocumented = DocumentedExamples.served().bodies().stream()
                .filter(body -> !body.documented())
                .map(body -> body.operationId() + " (" + body.mediaType() + ")")
                .toList();
        assertThat("request bodies without an example", undocumented, equalTo(List.of()));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
