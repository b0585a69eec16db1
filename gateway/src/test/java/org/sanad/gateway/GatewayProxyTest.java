package org.sanad.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeUpstreams.class, scope = TestResourceScope.MATCHING_RESOURCES)
class GatewayProxyTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void forwardsAnAuthenticatedRequestWithItsTokenAndTracingHeaders() {
        String token = TestTokens.forRole(Roles.REGISTRAR, "DGSN");
        given().auth().oauth2(token)
                .header("X-Request-Id", "trace-42")
                .queryParam("page", "2")
                .when().get("/api/curriculum/echo")
                .then().statusCode(200)
                .header("X-Request-Id", "trace-42")
                .header("X-Upstream-Header", "kept")
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/curriculum/echo?page=2"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-request-id", equalTo("trace-42"))
                .body("headers.x-forwarded-for", notNullValue())
                .body("headers.x-forwarded-proto", equalTo("http"));
    }

    @Test
    void tellsTheServiceTheAddressTheClientUsedAndNothingTheClientClaims() {
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "for=203.0.113.7;host=evil.example")
                .header("X-Real-IP", "203.0.113.7")
                .when().get("/api/curriculum/echo")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-host", equalTo(root.getHost() + ":" + root.getPort()))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.forwarded", nullValue())
                .body("headers.x-real-ip", nullValue());
    }

    @Test
    void aLocationTheServiceWroteNamesTheAddressTheClientUsed() {
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .when().get("/api/curriculum/echo")
                .then().statusCode(200)
                .header("Location", equalTo(root.resolve("/api/curriculum/echo/created").toString()))
                .header("Content-Location", equalTo("https://elsewhere.example/kept"));
    }

    @Test
    void givesEveryRequestAnIdWhenTheCallerSentNone() {
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .when().get("/api/certification/echo")
                .then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("headers.x-request-id", notNullValue());
    }

    @Test
    void replacesARequestIdThatCouldForgeALogLine() {
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .header("X-Request-Id", "x y\tz")
                .when().get("/api/curriculum/echo")
                .then().statusCode(200)
                .header("X-Request-Id", not(equalTo("x y\tz")));
    }

    @Test
    void stripsHopByHopHeadersBothWays() {
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN))
                .header("Connection", "X-Client-Hop")
                .header("X-Client-Hop", "must not reach the service")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("X-Client-Header", "kept")
                .when().get("/api/curriculum/echo")
                .then().statusCode(200)
                .header("X-Upstream-Hop", nullValue())
                .body("headers.x-client-hop", nullValue())
                .body("headers.proxy-authorization", nullValue())
                .body("headers.x-client-header", equalTo("kept"));
    }

    @Test
    void toleratesARepeatedConnectionToken() {
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN))
                .header("Connection", "keep-alive, X-Client-Hop, keep-alive")
                .header("X-Client-Hop", "dropped")
                .when().get("/api/curriculum/echo")
                .then().statusCode(200)
                .body("headers.x-client-hop", nullValue());
    }

    @Test
    void keepsOneMetricPerRouteNotPerUrl() {
        given().when().get("/verify/CODE-ONE").then().statusCode(200);
        given().when().get("/verify/CODE-TWO").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(not(containsString("CODE-ONE")))
                .body(containsString("uri=\"/verify/*\""));
    }

    @Test
    void streamsARequestBodyOfUnknownLengthToTheService() throws Exception {
        HttpResponse<String> response = postChunked("/api/curriculum/echo", 60 * 1024);
        assertEquals(200, response.statusCode());
        JsonPath echo = JsonPath.from(response.body());
        assertEquals("chunked", echo.getString("headers.transfer-encoding"));
        assertEquals(60 * 1024, echo.getInt("bodyBytes"));
    }

    @Test
    void streamsALargeResponseIntact() throws Exception {
        try (InputStream stream = given().auth().oauth2(TestTokens.forRole(Roles.ADMIN))
                .when().get("/api/curriculum/stream")
                .then().statusCode(200)
                .extract().asInputStream()) {
            assertEquals(FakeUpstreams.STREAMED_RESPONSE_BYTES, stream.readAllBytes().length);
        }
    }

    @Test
    void refusesADeclaredOversizedBodyWith413() {
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN))
                .contentType(ContentType.BINARY)
                .body(new byte[65 * 1024])
                .when().post("/api/curriculum/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("65536 bytes"));
    }

    @Test
    void refusesAStreamedOversizedBodyWith413() throws Exception {
        HttpResponse<String> response = postChunked("/api/curriculum/echo", 200 * 1024);
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    /** Posts a body of unknown length, so it travels in chunks and only the gateway's counting can stop it. */
    private HttpResponse<String> postChunked(String path, int bytes) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer " + TestTokens.forRole(Roles.ADMIN))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void answers503WhenAServiceIsDown() {
        given().auth().oauth2(TestTokens.forRole(Roles.REGISTRAR, "DGSN"))
                .when().get("/api/enrollment/cohorts")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("enrollment-service"))
                .body("instance", equalTo("/api/enrollment/cohorts"))
                .body("requestId", notNullValue());
    }

    @Test
    void answers504WhenAServiceIsTooSlow() {
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN))
                .when().get("/api/curriculum/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("curriculum-service"));
    }

    @Test
    void letsPublicRoutesPassWithoutAToken() {
        given().when().get("/verify/7KQ2M9XD4TPA3HZB")
                .then().statusCode(200)
                .body("uri", equalTo("/verify/7KQ2M9XD4TPA3HZB"))
                .body("headers.authorization", nullValue());
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200);
    }

    @Test
    void forwardsTheNormalizedPathTheSecurityPolicyJudged() {
        given().urlEncodingEnabled(false)
                .when().get("/verify/%2e%2e/api/curriculum/echo")
                .then().statusCode(401);
    }

    @Test
    void publishesEachServicesOpenApiDocumentWithoutAToken() {
        given().when().get("/openapi/curriculum")
                .then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("x-query", equalTo("format=json"));
    }

    @Test
    void publishesThePlatformDocumentWithEveryServicesOperationsWhileTheyAreDown() {
        String etag = given().when().get("/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", containsString("max-age"))
                .body("info.title", equalTo("Sanad"))
                .body("info.license.identifier", equalTo("Apache-2.0"))
                .body("paths.'/api/curriculum/modules'.post.operationId", equalTo("createModule"))
                .body("paths.'/api/enrollment/cohorts'.post.operationId", equalTo("openCohort"))
                .body("paths.'/api/certification/certificates/{id}/revocation'.post.operationId", equalTo("revokeCertificate"))
                .body("components.schemas.Problem.properties.status", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/openapi").then().statusCode(304);
    }

    @Test
    void staysReadyWhileAServiceIsDownAndShowsOperatorsWhichOne() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/api/enrollment/cohorts").then().statusCode(401);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/q/health/group/upstreams")
                .then().statusCode(503)
                .body("checks.find { it.name == 'upstreams' }.data.'curriculum-service'", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.'enrollment-service'", equalTo("DOWN")));
        given().when().get("/verify/AAAAAAAAAAAAAAAA").then().statusCode(200);
    }

    @Test
    void answersUnroutedPathsWithAProblem() {
        given().when().get("/admin").then().statusCode(404).contentType("application/problem+json");
    }
}
