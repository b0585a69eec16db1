package org.sanad.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TestTokens;

/** A service scaled out: the gateway spreads requests over its instances and stops sending to one that fails. */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = ServiceInstances.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BalancingTest {

    private final String token = TestTokens.forRole(Roles.AUDITOR);

    /** Each test starts from both curriculum instances up, and the gateway knowing it. */
    @BeforeEach
    void bothInstancesServe() throws Exception {
        ServiceInstances.reviveSecond();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/q/health/group/upstreams").then()
                .body("checks[0].data.'curriculum-service instances ready'", equalTo("2/2")));
    }

    @Test
    void spreadsRequestsOverTheInstancesInTurn() {
        Map<String, Integer> served = count(40);
        assertEquals(20, served.get("first"), served.toString());
        assertEquals(20, served.get("second"), served.toString());
        given().get("/q/health/group/upstreams").then()
                .body("checks[0].data.'certification-service instances ready'", equalTo("1/2"));
    }

    @Test
    void skipsAnInstanceThatReportsItselfNotReady() throws Exception {
        ServiceInstances.secondReady = false;
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/q/health/group/upstreams").then()
                .body("checks[0].data.'curriculum-service instances ready'", equalTo("1/2")));
        assertEquals(Map.of("first", 40), count(40));
        ServiceInstances.secondReady = true;
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertTrue(count(10).containsKey("second"),
                "back in turn once ready"));
    }

    @Test
    void aKilledInstanceCostsNoRequest() throws Exception {
        ServiceInstances.killSecond();
        assertEquals(Map.of("first", 40), count(40), "every request answered, by the instance still alive");
    }

    @Test
    void anInstanceThatRefusesConnectionsIsPassedOver() {
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(token).get("/api/certification/anything").then().statusCode(200)
                    .header("X-Instance", "first");
        }
    }

    private Map<String, Integer> count(int requests) {
        Map<String, Integer> served = new HashMap<>();
        for (int i = 0; i < requests; i++) {
            String instance = given().auth().oauth2(token).get("/api/curriculum/instruments").then().statusCode(200)
                    .extract().header("X-Instance");
            served.merge(instance, 1, Integer::sum);
        }
        return served;
    }
}
