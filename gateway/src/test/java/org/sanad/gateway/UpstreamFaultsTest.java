package org.sanad.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TestTokens;

/** The gateway in front of services that restart, close connections under it, or speak TLS. */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FlakyUpstreams.class, scope = TestResourceScope.MATCHING_RESOURCES)
class UpstreamFaultsTest {

    private final String token = TestTokens.forRole(Roles.AUDITOR);

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aGetOnAConnectionTheOnlyInstanceHadClosedIsSentAgainOnANewOne() {
        int droppedBefore = FlakyUpstreams.DROPPED.get();
        for (int i = 0; i < 20; i++) {
            given().auth().oauth2(token).get("/api/enrollment/cohorts").then().statusCode(200).body(equalTo("closing"));
        }
        assertTrue(FlakyUpstreams.DROPPED.get() - droppedBefore >= 10,
                "the service closed reused connections under the gateway " + (FlakyUpstreams.DROPPED.get() - droppedBefore) + " times");
    }

    @Test
    void aPostOnAClosedConnectionIsNotSentTwice() {
        given().auth().oauth2(token).get("/api/enrollment/cohorts").then().statusCode(200);
        given().auth().oauth2(token).body("{}").contentType("application/json").post("/api/enrollment/cohorts")
                .then().statusCode(502).contentType("application/problem+json");
    }

    @Test
    void restartingEachInstanceInTurnUnderGetLoadCostsNoRequest() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/curriculum/instruments"))
                .header("Authorization", "Bearer " + token).build();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(load.submit(() -> {
                while (loading.get()) {
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        try {
            Thread.sleep(500);
            for (String instance : List.of("first", "second")) {
                FlakyUpstreams.restart(instance, 500);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/group/upstreams").then()
                        .body("checks[0].data.'curriculum-service instances ready'", equalTo("2/2")));
                Thread.sleep(300);
            }
        } finally {
            loading.set(false);
            for (Future<?> each : clients) {
                each.get();
            }
            load.shutdown();
        }
        Map<Integer, Integer> seen = new TreeMap<>();
        statuses.forEach((status, count) -> seen.put(status, count.get()));
        assertEquals(Map.of(200, seen.getOrDefault(200, 0)), seen, "every request answered while instances restarted");
        assertTrue(seen.get(200) > 100, "the load kept running: " + seen);
    }

    @Test
    void anHttpsServiceIsReachedOverTlsWithItsCertificateChecked() {
        given().auth().oauth2(token).get("/api/certification/certificates").then().statusCode(200).body(equalTo("tls"));
    }
}
