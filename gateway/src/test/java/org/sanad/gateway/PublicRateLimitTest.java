package org.sanad.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TestTokens;

@QuarkusTest
@TestProfile(PublicRateLimitTest.TightLimit.class)
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeUpstreams.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PublicRateLimitTest {

    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Behind a proxy at 192.0.2.1: this test's client, at 127.0.0.1, is not that proxy.
            return Map.of("sanad.gateway.public-rate.burst", "3", "sanad.gateway.public-rate.per-second", "0.01",
                    "SANAD_BEHIND_PROXY", "true", "SANAD_TRUSTED_PROXIES", "192.0.2.1");
        }
    }

    @Test
    void throttlesOneClientOnThePublicRoutesWhateverAddressItClaimsButNotTheAuthenticatedOnes() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).when().get("/verify/CODE" + i).then().statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.3").when().get("/verify/CODE3")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));

        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .when().get("/api/certification/echo")
                .then().statusCode(200);
    }
}
