package org.sanad.curriculum.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.sanad.common.paging.Cursor;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TestTokens;

/** Every way a request can fail is answered as RFC 9457 problem details, and never leaks internals. */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "curriculum_test"))
class ProblemDetailsTest {

    private static final String ROOT = "/api/curriculum/problem-fixture";
    private final String author = TestTokens.forRole(Roles.CURRICULUM_AUTHOR);

    @Test
    void listsEveryInvalidField() {
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"code\":\" \",\"hours\":0,\"objectives\":[\"\"]}")
                .when().post(ROOT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:validation"))
                .body("detail", equalTo("3 fields are not valid"))
                .body("errors", hasSize(3))
                .body("errors.field", equalTo(java.util.List.of("code", "hours", "objectives[0].<list element>")));
    }

    @Test
    void refusesMalformedJsonWithItsPosition() {
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"code\": \"ARREST-01\", ")
                .when().post(ROOT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:malformed-body"));
    }

    @Test
    void namesAFieldOfTheWrongType() {
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"code\":\"ARREST-01\",\"hours\":\"many\",\"objectives\":[\"x\"]}")
                .when().post(ROOT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'hours'"));
    }

    @Test
    void refusesAnUnsupportedMediaType() {
        given().auth().oauth2(author).contentType(ContentType.XML).body("<module/>")
                .when().post(ROOT)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void answersDomainRefusalsWithTheirStatus() {
        given().auth().oauth2(author).when().get(ROOT + "/modules/ARREST-99")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Module ARREST-99 was not found"));
        given().auth().oauth2(author).when().get(ROOT + "/conflict")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:conflict"));
    }

    @Test
    void validatesQueryParameters() {
        given().auth().oauth2(author).queryParam("size", 5000)
                .when().get(ROOT + "/page")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void refusesACursorItDidNotIssue() {
        given().auth().oauth2(author).queryParam("size", 10).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .when().get(ROOT + "/page")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(author).queryParam("size", 10).queryParam("cursor", Cursor.of("ARREST-01").encode())
                .when().get(ROOT + "/page")
                .then().statusCode(200).body(equalTo("ARREST-01"));
    }

    @Test
    void hidesInternalsOfAnUnexpectedFailure() {
        given().auth().oauth2(author).when().get(ROOT + "/broken")
                .then().statusCode(500).contentType("application/problem+json")
                .body(allOf(not(containsString("IllegalStateException")), not(containsString("org.sanad.secret"))));
    }

    @Test
    void separatesMissingAuthenticationFromMissingRole() {
        given().when().get(ROOT + "/conflict")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER, "MINUSMA")).when().get(ROOT + "/conflict")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void deniesAMethodThatForgotToNameItsRoles() {
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).when().get(ROOT + "/unannotated")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
