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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TestTokens;

/** A service scaled out: the gateway spreads requests over its instances and stops sending to one that fails. */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = ServiceInstances.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BalancingTest {

    private final String token = TestTokens.forRole(Roles.AUDITOR);

    @Test
    @Order(1)
    void spreadsRequestsOverTheInstancesInTurn() {
        Map<String, Integer> served = count(40);
        assertEquals(20, served.get("first"), served.toString());
        assertEquals(20, served.get("second"), served.toString());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/q/health/group/upstreams").then().statusCode(200)
                .body("checks[0].data.'curriculum-service instances ready'", equalTo("2/2"))
                .body("checks[0].data.'certification-service instances ready'", equalTo("1/2")));
    }

    @Test
    @Order(2)
    void skipsAnInstanceThatReportsItselfNotReady() throws Exception {
        ServiceInstances.secondReady = false;
        try {
            Thread.sleep(600);
            assertEquals(Map.of("first", 40), count(40));
        } finally {
            ServiceInstances.secondReady = true;
        }
        Thread.sleep(600);
        assertTrue(count(40).get("second") > 0, "back in turn once ready");
    }

    @Test
    @Order(3)
    void aKilledInstanceCostsNoRequest() throws Exception {
        ServiceInstances.killSecond();
        assertEquals(Map.of("first", 40), count(40), "every request answered, by the instance still alive");
    }

    @Test
    @Order(4)
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
