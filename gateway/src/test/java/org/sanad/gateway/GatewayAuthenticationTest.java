package org.sanad.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.common.testing.RefusalMetrics.refusals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TestKeys;
import org.sanad.common.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeUpstreams.class, scope = TestResourceScope.MATCHING_RESOURCES)
class GatewayAuthenticationTest {

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("expired", "expired", TestTokens.token().roles(Roles.ADMIN).expiredAgo(Duration.ofMinutes(5)).sign()),
                Arguments.of("not yet valid", "not-yet-valid", TestTokens.token().roles(Roles.ADMIN)
                        .notBefore(Instant.now().plus(Duration.ofMinutes(5))).sign()),
                Arguments.of("wrong issuer", "wrong-issuer", TestTokens.token().roles(Roles.ADMIN).issuer("https://evil.example").sign()),
                Arguments.of("wrong audience", "wrong-audience", TestTokens.token().roles(Roles.ADMIN).audience("another-app").sign()),
                Arguments.of("alg none", "unknown-key", TestTokens.unsigned(Roles.ADMIN)),
                Arguments.of("HS256", "unknown-key", TestTokens.hmacSigned(Roles.ADMIN)),
                Arguments.of("tampered", "bad-signature", TestTokens.tampered(Roles.PARTNER, Roles.ADMIN)),
                Arguments.of("untrusted key", "bad-signature", TestTokens.token().roles(Roles.ADMIN).signedWith(TestKeys.UNTRUSTED.getPrivate()).sign()),
                Arguments.of("garbage", "invalid", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusesATokenThatIsNotValidAndCountsWhy(String why, String reason, String token) {
        double before = refusals(reason);
        given().auth().oauth2(token)
                .when().get("/api/curriculum/echo")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"));
        assertEquals(before + 1, refusals(reason), "sanad_token_refusals_total{reason=\"" + reason + "\"}");
    }

    @Test
    void refusesARequestWithoutAToken() {
        given().when().get("/api/curriculum/echo")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/curriculum/echo"));
    }

    @Test
    void refusesAValidTokenWithoutAnyPlatformRole() {
        given().auth().oauth2(TestTokens.token().roles("offline_access").sign())
                .when().get("/api/curriculum/echo")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void acceptsEveryPlatformRole() {
        for (String role : Roles.ALL) {
            given().auth().oauth2(TestTokens.forRole(role))
                    .when().get("/api/curriculum/echo")
                    .then().statusCode(200);
        }
    }
}
