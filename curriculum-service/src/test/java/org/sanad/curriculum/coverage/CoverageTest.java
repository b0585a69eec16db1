package org.sanad.curriculum.coverage;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sanad.common.testing.BrowserPages.assertHardened;
import static org.sanad.curriculum.testing.CurriculumApi.ROOT;
import static org.sanad.curriculum.testing.CurriculumApi.as;
import static org.sanad.curriculum.testing.CurriculumApi.author;
import static org.sanad.curriculum.testing.CurriculumApi.objective;
import static org.sanad.curriculum.testing.CurriculumApi.programme;
import static org.sanad.curriculum.testing.CurriculumApi.publish;
import static org.sanad.curriculum.testing.CurriculumApi.publishedModule;
import static org.sanad.curriculum.testing.CurriculumApi.ref;
import static org.sanad.curriculum.testing.CurriculumApi.unique;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;

/**
 * A known fixture: module A (10 h, 2 objectives) carries UNCAT-10 once and UNCAT-11 twice; module B
 * (6 h, 3 objectives) carries UNCAT-11, ICCPR-9 and UNCAT-16 once each.
 */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "curriculum_test"))
class CoverageTest {

    private String moduleA;
    private String moduleB;
    private String programme;

    @BeforeEach
    void publishFixture() {
        moduleA = publishedModule("A", 10, objective("O1", "Train custody staff", "UNCAT-10", "UNCAT-11"),
                objective("O2", "Review interrogation rules", "UNCAT-11"));
        moduleB = publishedModule("B", 6, objective("O1", "Keep interrogation under review", "UNCAT-11"),
                objective("O2", "Reasons for arrest", "ICCPR-9"), objective("O3", "Prevent ill-treatment", "UNCAT-16"));
        programme = unique("COV");
        author().body(programme(programme, List.of(ref(moduleA, 1), ref(moduleB, 1)))).post(ROOT + "/programmes")
                .then().statusCode(201);
        publish("programmes", programme, 1);
    }

    @Test
    void measuresAProgrammeAgainstAnInstrument() {
        as(Roles.AUDITOR).queryParam("instrument", "UNCAT").get(coverageUrl())
                .then().statusCode(200)
                .body("scope.kind", equalTo("INSTRUMENT"))
                .body("modules.module", contains(moduleA, moduleB))
                .body("rows.provision", contains("UNCAT-1", "UNCAT-2", "UNCAT-10", "UNCAT-11", "UNCAT-12", "UNCAT-13",
                        "UNCAT-14", "UNCAT-15", "UNCAT-16"))
                .body("rows.find { it.provision == 'UNCAT-10' }.hours", equalTo(5.0f))
                .body("rows.find { it.provision == 'UNCAT-11' }.hours", equalTo(12.0f))
                .body("rows.find { it.provision == 'UNCAT-11' }.cells.module", contains(moduleA, moduleB))
                .body("rows.find { it.provision == 'UNCAT-11' }.cells[0].objectives", contains("O1", "O2"))
                .body("rows.find { it.provision == 'UNCAT-16' }.cells[0].hours", equalTo(2.0f))
                .body("gaps", contains("UNCAT-1", "UNCAT-2", "UNCAT-12", "UNCAT-13", "UNCAT-14", "UNCAT-15"))
                .body("totals.provisions", equalTo(9))
                .body("totals.covered", equalTo(3))
                .body("totals.percentCovered", equalTo(33.3f));
    }

    @Test
    void measuresAProgrammeAgainstAStandardsProfile() {
        String profile = unique("PROFILE");
        author().body(Map.of("code", profile, "title", "Custody desk", "provisions", List.of("UNCAT-11", "ICCPR-9", "BOP-17")))
                .post(ROOT + "/profiles").then().statusCode(201);
        as(Roles.PARTNER).queryParam("profile", profile).get(coverageUrl())
                .then().statusCode(200)
                .body("rows.provision", contains("UNCAT-11", "ICCPR-9", "BOP-17"))
                .body("rows.covered", contains(true, true, false))
                .body("gaps", contains("BOP-17"));
    }

    @Test
    void listsWhatTheProgrammeCoversWithoutAScope() {
        as(Roles.TRAINER).get(coverageUrl())
                .then().statusCode(200)
                .body("scope.kind", equalTo("PROGRAMME"))
                .body("rows.provision", contains("ICCPR-9", "UNCAT-10", "UNCAT-11", "UNCAT-16"))
                .body("gaps", org.hamcrest.Matchers.empty());
    }

    @Test
    void drawsAHeatmapForPeople() {
        assertHardened(as(Roles.AUDITOR).accept("image/svg+xml").queryParam("instrument", "UNCAT").get(coverageUrl())
                .then().statusCode(200)).contentType(containsString("image/svg+xml"))
                .body(containsString("<svg"), containsString("UNCAT-12"), containsString("(gap)"),
                        containsString(moduleA + " v1"));
        assertHardened(as(Roles.AUDITOR).accept("text/html").queryParam("instrument", "UNCAT").get(coverageUrl())
                .then().statusCode(200)).contentType(containsString("text/html"))
                .body(containsString("3 of 9 provisions covered"));
    }

    @Test
    void findsThePublishedModulesCoveringAProvision() {
        as(Roles.REGISTRAR).get(ROOT + "/provisions/UNCAT-16/modules")
                .then().statusCode(200)
                .body("modules.code", hasItem(moduleB))
                .body("modules.code", not(hasItem(moduleA)))
                .body("modules.find { it.code == '" + moduleB + "' }.objectives.code", contains("O3"));
        as(Roles.REGISTRAR).get(ROOT + "/provisions/UNCAT-99/modules").then().statusCode(404);
    }

    @Test
    void refusesAnUnknownScope() {
        as(Roles.AUDITOR).queryParam("instrument", "NOPE").get(coverageUrl()).then().statusCode(404);
        as(Roles.AUDITOR).queryParam("instrument", "UNCAT").queryParam("profile", "CUSTODY-OFFICERS").get(coverageUrl())
                .then().statusCode(400).contentType("application/problem+json");
    }

    private String coverageUrl() {
        return ROOT + "/programmes/" + programme + "/versions/1/coverage";
    }
}
