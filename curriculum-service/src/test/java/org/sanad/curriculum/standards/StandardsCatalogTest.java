package org.sanad.curriculum.standards;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.common.testing.RefusalMetrics.refusals;
import static org.sanad.curriculum.testing.CurriculumApi.ROOT;
import static org.sanad.curriculum.testing.CurriculumApi.as;
import static org.sanad.curriculum.testing.CurriculumApi.author;
import static org.sanad.curriculum.testing.CurriculumApi.unique;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "curriculum_test"))
class StandardsCatalogTest {

    @Test
    void seedsTheConventionAgainstTortureArticlesPoliceTrainingRestsOn() {
        as(Roles.PARTNER).get(ROOT + "/instruments/UNCAT")
                .then().statusCode(200)
                .body("kind", equalTo("TREATY"))
                .body("year", equalTo(1984))
                .body("provisions.number", contains("1", "2", "10", "11", "12", "13", "14", "15", "16"))
                .body("provisions.find { it.code == 'UNCAT-10' }.shortTitle", containsString("raining"));
    }

    @Test
    void seedsEveryInstrumentTheAcademiesTrainOn() {
        as(Roles.TRAINER).queryParam("size", 500).get(ROOT + "/instruments")
                .then().statusCode(200)
                .body("items.code", hasItems("UNCAT", "ICCPR", "CRC", "OPSC", "ICRMW", "GCM", "CCLEO", "BPUFF", "BOP",
                        "NMR", "PEI", "IHL", "LANZAROTE", "BUDAPEST"));
        as(Roles.TRAINER).get(ROOT + "/instruments/CCLEO").then().body("provisions", hasSize(8));
        as(Roles.TRAINER).get(ROOT + "/instruments/PEI").then().body("provisions", hasSize(6));
        as(Roles.TRAINER).get(ROOT + "/instruments/IHL").then()
                .body("provisions.code", hasItems("IHL-DISTINCTION", "IHL-PROPORTIONALITY", "IHL-PRECAUTION"));
        as(Roles.TRAINER).get(ROOT + "/profiles/CUSTODY-OFFICERS").then().statusCode(200)
                .body("provisions.code", hasItems("UNCAT-10", "UNCAT-11", "UNCAT-15", "ICCPR-9", "ICCPR-10"));
    }

    @Test
    void pagesInstrumentsInCodeOrder() {
        var first = as(Roles.AUDITOR).queryParam("size", 3).get(ROOT + "/instruments").then().statusCode(200)
                .body("items", hasSize(3)).body("next", notNullValue()).extract();
        List<String> firstCodes = first.path("items.code");
        as(Roles.AUDITOR).queryParam("size", 3).queryParam("cursor", (String) first.path("next")).get(ROOT + "/instruments")
                .then().body("items[0].code", org.hamcrest.Matchers.greaterThan(firstCodes.get(2)));
        as(Roles.AUDITOR).queryParam("kind", "IHL_PRINCIPLE").get(ROOT + "/instruments")
                .then().body("items.code", contains("IHL"));
    }

    @Test
    void letsAuthorsAddNationalLaw() {
        String code = unique("MA-CPP");
        author().body(Map.of("code", code, "title", "Moroccan Code of Criminal Procedure", "kind", "NATIONAL_LAW",
                        "adoptingBody", "Parliament of Morocco", "year", 2002))
                .post(ROOT + "/instruments")
                .then().statusCode(201).header("Location", endsWith("/instruments/" + code));
        author().body(Map.of("code", code + "-66", "number", "66", "shortTitle", "Rights in garde à vue",
                        "summary", "A person placed in police custody is informed of the reasons and may contact a lawyer."))
                .post(ROOT + "/instruments/" + code + "/provisions")
                .then().statusCode(201).header("Location", endsWith("/provisions/" + code + "-66"));
        as(Roles.PARTNER).get(ROOT + "/provisions/" + code + "-66").then().statusCode(200)
                .body("instrument", equalTo(code)).body("shortTitle", equalTo("Rights in garde à vue"));
        author().body(Map.of("code", "OTHER-1", "number", "1", "shortTitle", "x", "summary", "y"))
                .post(ROOT + "/instruments/" + code + "/provisions")
                .then().statusCode(422).body("errors[0].field", equalTo("code"));
        author().body(Map.of("code", code + "-66B", "number", "66", "shortTitle", "x", "summary", "y"))
                .post(ROOT + "/instruments/" + code + "/provisions")
                .then().statusCode(409);
    }

    @Test
    void refusesDuplicatesAndUnknownCodes() {
        author().body(Map.of("code", "UNCAT", "title", "Again", "kind", "TREATY", "adoptingBody", "UN", "year", 1984))
                .post(ROOT + "/instruments").then().statusCode(409).contentType("application/problem+json");
        author().body(Map.of("code", unique("P"), "title", "Bad", "provisions", List.of("UNCAT-10", "UNCAT-99")))
                .post(ROOT + "/profiles").then().statusCode(422).body("errors[0].field", equalTo("provisions[1]"));
        as(Roles.PARTNER).get(ROOT + "/instruments/NOPE").then().statusCode(404).contentType("application/problem+json");
        as(Roles.PARTNER).get(ROOT + "/provisions/UNCAT-99").then().statusCode(404);
    }

    @Test
    void letsAuthorsExtendTheOperationalDomains() {
        String code = unique("BORDER").replace('-', '_');
        author().body(Map.of("code", code, "title", "Border policing")).post(ROOT + "/domains").then().statusCode(201);
        as(Roles.REGISTRAR).get(ROOT + "/domains").then().statusCode(200)
                .body("code", hasItems("ARREST", "CUSTODY_SAFEGUARDS", code))
                .body("size()", greaterThanOrEqualTo(18));
        as(Roles.REGISTRAR).body(Map.of("code", "X_Y", "title", "No")).post(ROOT + "/domains").then().statusCode(403);
    }

    @Test
    void readsTheCatalogForEveryRoleButWritesOnlyForAuthors() {
        for (String role : Roles.ALL) {
            as(role).get(ROOT + "/provisions/ICCPR-9").then().statusCode(200);
        }
        double forbiddenBefore = refusals("missing-role");
        as(Roles.PARTNER).body(Map.of("code", unique("X"), "title", "x", "kind", "TREATY", "adoptingBody", "x", "year", 2000))
                .post(ROOT + "/instruments").then().statusCode(403).contentType("application/problem+json");
        assertEquals(forbiddenBefore + 1, refusals("missing-role"), "a 403 is counted as sanad_token_refusals_total{reason=\"missing-role\"}");
        as(Roles.AUDITOR).get(ROOT + "/profiles").then().statusCode(200).body("code", hasItem("USE-OF-FORCE"));
    }
}
