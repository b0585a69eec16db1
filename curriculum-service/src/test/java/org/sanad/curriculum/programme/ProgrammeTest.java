package org.sanad.curriculum.programme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sanad.curriculum.testing.CurriculumApi.ROOT;
import static org.sanad.curriculum.testing.CurriculumApi.as;
import static org.sanad.curriculum.testing.CurriculumApi.author;
import static org.sanad.curriculum.testing.CurriculumApi.module;
import static org.sanad.curriculum.testing.CurriculumApi.moveTo;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "curriculum_test"))
class ProgrammeTest {

    @Test
    void buildsAProgrammeOnlyFromPublishedModuleVersions() {
        String published = publishedModule("CUSTODY", 8, objective("O1", "Notify a relative", "BOP-16"));
        String draft = unique("DRAFTMOD");
        author().body(module(draft, "Draft", 4, objective("O1", "x", "UNCAT-10"))).post(ROOT + "/modules").then().statusCode(201);

        author().body(programme(unique("P"), List.of(ref(published, 1), ref(draft, 1), ref("NO-SUCH", 3))))
                .post(ROOT + "/programmes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("modules[1]", "modules[2]"))
                .body("errors[0].message", containsString("only published module versions"));

        String code = unique("P");
        author().body(programme(code, List.of(ref(published, 1)))).post(ROOT + "/programmes")
                .then().statusCode(201).body("modules[0].module", equalTo(published)).body("modules[0].minScore", equalTo(70))
                .body("totalHours", equalTo(8.0f));
    }

    @Test
    void refusesToPublishAProgrammeWhoseModuleWasRetired() {
        String module = publishedModule("ARREST", 6, objective("O1", "Reasons for arrest", "ICCPR-9"));
        String code = unique("P");
        author().body(programme(code, List.of(ref(module, 1)))).post(ROOT + "/programmes").then().statusCode(201);
        moveTo("programmes", code, 1, "IN_REVIEW").then().statusCode(200);
        moveTo("modules", module, 1, "RETIRED").then().statusCode(200);
        moveTo("programmes", code, 1, "PUBLISHED").then().statusCode(409)
                .body("errors[0].field", equalTo("modules[0]"));
    }

    @Test
    void givesACohortEverythingItNeedsInOneSnapshot() {
        String arrest = publishedModule("ARREST", 6, objective("O1", "Reasons for arrest", "ICCPR-9"),
                objective("O2", "No torture", "UNCAT-2"));
        String custody = publishedModule("CUSTODY", 10, objective("O1", "Access to a lawyer", "BOP-17", "ICCPR-9"));
        String code = unique("TOT");
        Map<String, Object> draft = new HashMap<>(programme(code, List.of(ref(arrest, 1),
                Map.of("module", custody, "version", 1, "minScore", 80))));
        author().body(draft).post(ROOT + "/programmes").then().statusCode(201);
        publish("programmes", code, 1);

        as(Roles.SERVICE).get(ROOT + "/programmes/" + code + "/versions/1/snapshot")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("modules.code", contains(arrest, custody))
                .body("modules.minScore", contains(70, 80))
                .body("totalHours", equalTo(16.0f))
                .body("completion.minAttendancePercent", equalTo(80))
                .body("certificate.kind", equalTo("TRAINER"))
                .body("certificate.validityMonths", equalTo(36))
                .body("standards.provision", contains("BOP-17", "ICCPR-9", "UNCAT-2"));
    }

    @Test
    void hidesDraftProgrammesAndTheirSnapshotsFromReaders() {
        String module = publishedModule("M", 2, objective("O1", "x", "CCLEO-1"));
        String code = unique("P");
        author().body(programme(code, List.of(ref(module, 1)))).post(ROOT + "/programmes").then().statusCode(201);
        as(Roles.REGISTRAR).get(ROOT + "/programmes/" + code + "/versions/1/snapshot").then().statusCode(404);
        as(Roles.PARTNER).get(ROOT + "/programmes/" + code + "/versions/1/coverage").then().statusCode(404);
        as(Roles.PARTNER).queryParam("module", module).get(ROOT + "/programmes").then().statusCode(200)
                .body("items.code", not(hasItem(code)));
    }

    @Test
    void requiresAValidityForTrainerCertificatesOnly() {
        String module = publishedModule("M", 2, objective("O1", "x", "CCLEO-1"));
        Map<String, Object> draft = new HashMap<>(programme(unique("P"), List.of(ref(module, 1))));
        draft.put("certificate", Map.of("kind", "TRAINER"));
        author().body(draft).post(ROOT + "/programmes").then().statusCode(422)
                .body("errors.field", contains("certificate.validityMonths"));
        draft.put("certificate", Map.of("kind", "PARTICIPATION", "validityMonths", 12));
        author().body(draft).post(ROOT + "/programmes").then().statusCode(422);
    }

    @Test
    void findsProgrammesByWhatTheirModulesCarry() {
        String module = publishedModule("MIGR", 4, objective("O1", "Migrants' protection against collective expulsion", "ICRMW-22"));
        String code = unique("TOTMIG");
        author().body(programme(code, List.of(ref(module, 1)))).post(ROOT + "/programmes").then().statusCode(201);
        publish("programmes", code, 1);
        as(Roles.PARTNER).queryParam("provision", "ICRMW-22").get(ROOT + "/programmes")
                .then().statusCode(200).body("items.code", hasItem(code));
        as(Roles.PARTNER).queryParam("instrument", "ICRMW").queryParam("module", module).get(ROOT + "/programmes")
                .then().body("items.code", contains(code));
        as(Roles.PARTNER).queryParam("instrument", "LANZAROTE").queryParam("module", module).get(ROOT + "/programmes")
                .then().body("items", org.hamcrest.Matchers.empty());
    }
}
