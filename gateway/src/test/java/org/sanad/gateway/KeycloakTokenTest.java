package org.sanad.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The platform trusts a real identity provider: Keycloak with the realm from deploy/keycloak issues a
 * token by client credentials, and the gateway accepts it. Opt-in, as it needs a Keycloak
 * distribution: {@code SANAD_KEYCLOAK_HOME=/opt/keycloak-26.0.7 bin/test -pl gateway -am}.
 */
@QuarkusTest
@EnabledIfEnvironmentVariable(named = "SANAD_KEYCLOAK_HOME", matches = ".+")
@WithTestResource(value = LocalKeycloak.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeUpstreams.class, scope = TestResourceScope.MATCHING_RESOURCES)
class KeycloakTokenTest {

    @Test
    void aPartnerSystemCallsTheGatewayWithATokenFromTheRealm() throws Exception {
        String token = LocalKeycloak.token("partner-minusma", LocalKeycloak.PARTNER_SECRET);
        given().auth().oauth2(token).get("/api/curriculum/instruments").then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void theServicesClientGetsAServiceToken() throws Exception {
        String token = LocalKeycloak.token("sanad-services", LocalKeycloak.SERVICES_SECRET);
        given().auth().oauth2(token).get("/api/certification/anything").then().statusCode(200);
    }

    @Test
    void aWrongSecretGetsNoTokenAndNoTokenGetsNothing() throws Exception {
        org.junit.jupiter.api.Assertions.assertNull(LocalKeycloak.token("partner-minusma", "wrong"));
        given().get("/api/curriculum/instruments").then().statusCode(401);
    }
}
