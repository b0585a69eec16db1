package org.sanad.curriculum.module;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.sanad.curriculum.testing.CurriculumApi.ROOT;
import static org.sanad.curriculum.testing.CurriculumApi.as;
import static org.sanad.curriculum.testing.CurriculumApi.author;
import static org.sanad.curriculum.testing.CurriculumApi.etag;
import static org.sanad.curriculum.testing.CurriculumApi.module;
import static org.sanad.curriculum.testing.CurriculumApi.moveTo;
import static org.sanad.curriculum.testing.CurriculumApi.objective;
import static org.sanad.curriculum.testing.CurriculumApi.publish;
import static org.sanad.curriculum.testing.CurriculumApi.unique;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.sanad.common.contract.TrainingLimits;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "curriculum_test"))
class ModuleLifecycleTest {

    private final Map<String, Object> informOfReasons = objective("O1", "Inform the person of the reasons for arrest", "ICCPR-9");
    private final Map<String, Object> noTorture = objective("O2", "Never use torture to obtain a confession", "UNCAT-2", "UNCAT-15");

    @Test
    void createsAModuleAsItsFirstDraft() {
        String code = unique("ARREST");
        author().body(module(code, "Arrest", 12, informOfReasons, noTorture))
                .when().post(ROOT + "/modules")
                .then().statusCode(201)
                .header("Location", endsWith(ROOT + "/modules/" + code + "/versions/1"))
                .header("ETag", notNullValue())
                .body("version", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo("test-user"))
                .body("objectives.code", contains("O1", "O2"))
                .body("objectives[1].alignments.provision", contains("UNCAT-2", "UNCAT-15"))
                .body("objectives[1].alignments[0].instrument", equalTo("UNCAT"));
    }

    @Test
    void editsADraftOnlyAgainstTheRevisionLastRead() {
        String code = created();
        String first = etag("modules", code, 1);
        String second = author().header("If-Match", first).body(module(code, "Arrest, revised", 14, informOfReasons))
                .put(ROOT + "/modules/" + code + "/versions/1")
                .then().statusCode(200).body("title", equalTo("Arrest, revised")).body("objectives", hasSize(1))
                .extract().header("ETag");
        author().header("If-Match", first).body(module(code, "A lost update", 1, informOfReasons))
                .put(ROOT + "/modules/" + code + "/versions/1")
                .then().statusCode(412).contentType("application/problem+json");
        author().body(module(code, "No precondition", 1, informOfReasons))
                .put(ROOT + "/modules/" + code + "/versions/1")
                .then().statusCode(428).contentType("application/problem+json");
        author().get(ROOT + "/modules/" + code + "/versions/1")
                .then().header("ETag", second).body("title", equalTo("Arrest, revised"));
    }

    @Test
    void keepsAPublishedVersionImmutableAndStartsTheNextDraftFromAnEdit() {
        String code = created();
        publish("modules", code, 1);
        author().header("If-Match", etag("modules", code, 1)).body(module(code, "Arrest v2", 16, informOfReasons, noTorture))
                .put(ROOT + "/modules/" + code + "/versions/1")
                .then().statusCode(201)
                .header("Location", endsWith("/modules/" + code + "/versions/2"))
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        author().get(ROOT + "/modules/" + code + "/versions/1")
                .then().body("title", equalTo("Arrest")).body("status", equalTo("PUBLISHED"));
        author().header("If-Match", etag("modules", code, 1)).body(module(code, "Competing draft", 1, informOfReasons))
                .put(ROOT + "/modules/" + code + "/versions/1")
                .then().statusCode(409);
        author().post(ROOT + "/modules/" + code + "/versions").then().statusCode(409);
    }

    @Test
    void followsTheLifecycleAndRefusesOtherMoves() {
        String code = created();
        moveTo("modules", code, 1, "PUBLISHED").then().statusCode(409).contentType("application/problem+json");
        moveTo("modules", code, 1, "IN_REVIEW").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        author().header("If-Match", etag("modules", code, 1)).body(module(code, "Edit in review", 1, informOfReasons))
                .put(ROOT + "/modules/" + code + "/versions/1").then().statusCode(409);
        moveTo("modules", code, 1, "DRAFT").then().statusCode(200);
        moveTo("modules", code, 1, "IN_REVIEW").then().statusCode(200);
        moveTo("modules", code, 1, "PUBLISHED").then().statusCode(200).body("publishedAt", notNullValue());
        moveTo("modules", code, 1, "DRAFT").then().statusCode(409);
        moveTo("modules", code, 1, "RETIRED").then().statusCode(200).body("retiredAt", notNullValue());
        author().post(ROOT + "/modules/" + code + "/versions").then().statusCode(201).body("version", equalTo(2))
                .body("title", equalTo("Arrest"));
    }

    @Test
    void acceptsModulesUpToTheLengthEnrollmentServiceCanPinAndNoLonger() {
        double longest = Double.parseDouble(TrainingLimits.MAX_MODULE_HOURS);
        author().body(module(unique("LONGEST"), "Arrest", longest, objective("O1", "Explains", "UNCAT-2")))
                .post(ROOT + "/modules").then().statusCode(201);
        author().body(module(unique("TOO-LONG"), "Arrest", longest + 0.5, objective("O1", "Explains", "UNCAT-2")))
                .post(ROOT + "/modules").then().statusCode(400)
                .body("errors.field", contains("durationHours"));
        author().body(module(unique("TOO-FINE"), "Arrest", 6.25, objective("O1", "Explains", "UNCAT-2")))
                .post(ROOT + "/modules").then().statusCode(400)
                .body("errors.field", contains("durationHours"));
    }

    @Test
    void showsWhatChangedBetweenTwoVersions() {
        String code = created();
        publish("modules", code, 1);
        Map<String, Object> reworded = objective("O2", "Never use or tolerate torture or ill-treatment", "UNCAT-2", "UNCAT-16");
        Map<String, Object> added = objective("O3", "Record the arrest in the custody register", "BOP-12");
        author().header("If-Match", etag("modules", code, 1)).body(module(code, "Arrest", 14, reworded, added))
                .put(ROOT + "/modules/" + code + "/versions/1").then().statusCode(201);

        author().queryParam("from", 1).queryParam("to", 2).get(ROOT + "/modules/" + code + "/diff")
                .then().statusCode(200)
                .body("fields.field", contains("durationHours"))
                .body("objectivesAdded.code", contains("O3"))
                .body("objectivesRemoved.code", contains("O1"))
                .body("objectivesChanged[0].code", equalTo("O2"))
                .body("objectivesChanged[0].textAfter", equalTo("Never use or tolerate torture or ill-treatment"))
                .body("objectivesChanged[0].alignmentsAdded.provision", contains("UNCAT-16"))
                .body("objectivesChanged[0].alignmentsRemoved.provision", contains("UNCAT-15"));
    }

    @Test
    void hidesDraftsFromReadersButNotFromAuthors() {
        String code = created();
        as(Roles.PARTNER).get(ROOT + "/modules/" + code + "/versions/1").then().statusCode(404)
                .contentType("application/problem+json");
        as(Roles.PARTNER).get(ROOT + "/modules/" + code).then().statusCode(404);
        as(Roles.ADMIN).get(ROOT + "/modules/" + code + "/versions/1").then().statusCode(200);
        publish("modules", code, 1);
        author().post(ROOT + "/modules/" + code + "/versions").then().statusCode(201);
        as(Roles.TRAINER).get(ROOT + "/modules/" + code).then().statusCode(200)
                .body("latestPublished", equalTo(1)).body("versions.version", contains(1));
        author().get(ROOT + "/modules/" + code).then().body("versions.version", contains(1, 2));
    }

    @Test
    void letsOnlyAuthorsAndAdminsWrite() {
        for (String role : List.of(Roles.PARTNER, Roles.REGISTRAR, Roles.TRAINER, Roles.AUDITOR, Roles.SERVICE)) {
            as(role).body(module(unique("X"), "Not allowed", 2, informOfReasons)).post(ROOT + "/modules")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as(Roles.ADMIN).body(module(unique("ADMIN"), "Allowed", 2, informOfReasons)).post(ROOT + "/modules")
                .then().statusCode(201);
    }

    @Test
    void listsEveryUnknownProvisionOfADraft() {
        author().body(module(unique("BAD"), "Bad", 2, objective("O1", "x", "UNCAT-99", "ICCPR-9"),
                        objective("O2", "y", "NOPE-1")))
                .post(ROOT + "/modules")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("objectives[0].alignments[0].provision", "objectives[1].alignments[0].provision"))
                .body("errors.message", hasItem("unknown provision UNCAT-99"));
    }

    @Test
    void refusesADuplicateCodeEmptyObjectivesAndMalformedJson() {
        String code = created();
        author().body(module(code, "Again", 2, informOfReasons)).post(ROOT + "/modules")
                .then().statusCode(409).contentType("application/problem+json");
        author().body(module(unique("EMPTY"), "Empty", 2)).post(ROOT + "/modules")
                .then().statusCode(400).body("errors.field", hasItem("objectives"));
        author().body("{\"code\": \"BROKEN\", \"objectives\": [").post(ROOT + "/modules")
                .then().statusCode(400).contentType("application/problem+json");
        author().body(Map.of("code", "lower-case", "title", "")).post(ROOT + "/modules")
                .then().statusCode(400).body("errors.field", hasItem("code")).body("errors.field", hasItem("title"))
                .body("errors.field", not(hasItem("objectives[0].code")));
    }

    @Test
    void refusesAnUnknownDomainAndRepeatedObjectiveCodes() {
        Map<String, Object> draft = new java.util.HashMap<>(module(unique("DOM"), "Domain", 2, informOfReasons, informOfReasons));
        draft.put("domain", "TAX_COLLECTION");
        author().body(draft).post(ROOT + "/modules")
                .then().statusCode(422)
                .body("errors.field", hasItem("domain"))
                .body("errors.field", hasItem("objectives[1].code"));
    }

    private String created() {
        String code = unique("ARREST");
        author().body(module(code, "Arrest", 12, informOfReasons, noTorture)).post(ROOT + "/modules").then().statusCode(201);
        return code;
    }
}
