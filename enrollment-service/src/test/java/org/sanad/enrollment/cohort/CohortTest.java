package org.sanad.enrollment.cohort;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.enrollment.testing.EnrollmentApi.ROOT;
import static org.sanad.enrollment.testing.EnrollmentApi.admin;
import static org.sanad.enrollment.testing.EnrollmentApi.as;
import static org.sanad.enrollment.testing.EnrollmentApi.cohort;
import static org.sanad.enrollment.testing.EnrollmentApi.cohortRequest;
import static org.sanad.enrollment.testing.EnrollmentApi.etag;
import static org.sanad.enrollment.testing.EnrollmentApi.logistics;
import static org.sanad.enrollment.testing.EnrollmentApi.move;
import static org.sanad.enrollment.testing.EnrollmentApi.participant;
import static org.sanad.enrollment.testing.EnrollmentApi.publishedProgramme;
import static org.sanad.enrollment.testing.EnrollmentApi.registrar;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanad.common.contract.TrainingLimits;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.enrollment.testing.EnrollmentApi;
import org.sanad.enrollment.testing.FakePlatform;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CohortTest {

    @Test
    void pinsAProgrammeWhoseModuleIsAsLongAsCurriculumServiceAllows() {
        String programme = EnrollmentApi.unique("LONGEST");
        FakePlatform.programme(programme, 1, "PUBLISHED", "TRAINER", """
                [{"position":1,"code":"MIGRANT-RIGHTS","version":1,"title":"Rights of migrants","track":"SPECIALIZED",
                  "domain":"MIGRATION","durationHours":%s,"languages":["fr"],"assessmentMethod":"Case study","minScore":70}]"""
                .formatted(TrainingLimits.MAX_MODULE_HOURS));
        registrar("DGSN").body(cohortRequest(programme, null, logistics(20, List.of("CNDH"), List.of())))
                .post(ROOT + "/cohorts")
                .then().statusCode(201)
                .body("modules[0].durationHours", equalTo(Integer.valueOf(TrainingLimits.MAX_MODULE_HOURS)));
    }

    @Test
    void pinsThePublishedProgrammeVersionsModulesAndRules() {
        String programme = publishedProgramme("TRAINER");
        registrar("DGSN").body(cohortRequest(programme, null, logistics(20, List.of("CNDH"), List.of())))
                .post(ROOT + "/cohorts")
                .then().statusCode(201)
                .header("Location", containsString("/api/enrollment/cohorts/"))
                .header("ETag", equalTo("\"0\""))
                .body("hostInstitution", equalTo("DGSN"))
                .body("status", equalTo("PLANNED"))
                .body("programme.code", equalTo(programme))
                .body("modules.code", contains("MIGRANT-RIGHTS", "ARREST"))
                .body("completion.minAttendancePercent", equalTo(80))
                .body("completion.certificateKind", equalTo("TRAINER"))
                .body("seatsTaken", equalTo(0));
    }

    @Test
    void refusesAnUnknownOrUnpublishedProgrammeVersion() {
        String draft = "DRAFT-" + System.nanoTime();
        FakePlatform.programme(draft, 1, "DRAFT", "NONE", "[]");
        registrar("DGSN").body(cohortRequest(draft, "DGSN", logistics(20, List.of(), List.of())))
                .post(ROOT + "/cohorts")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("a cohort can only deliver a PUBLISHED version"));
        registrar("DGSN").body(cohortRequest("NO-SUCH-PROGRAMME", "DGSN", logistics(20, List.of(), List.of())))
                .post(ROOT + "/cohorts")
                .then().statusCode(422).body("errors[0].field", equalTo("programme"));
    }

    @Test
    void answers503AndCreatesNothingWhileTheCurriculumIsDown() {
        String programme = publishedProgramme("TRAINER");
        Map<String, Object> request = cohortRequest(programme, "DGSN", logistics(20, List.of(), List.of()));
        FakePlatform.CURRICULUM.stop();
        try {
            registrar("DGSN").body(request).post(ROOT + "/cohorts")
                    .then().statusCode(503).contentType("application/problem+json");
        } finally {
            FakePlatform.CURRICULUM.start();
        }
        admin().get(ROOT + "/cohorts?programme=" + programme).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        registrar("DGSN").body(request).post(ROOT + "/cohorts").then().statusCode(201);
    }

    @Test
    void aRegistrarOpensCohortsForItsOwnInstitutionOnly() {
        registrar("DGSN").body(cohortRequest(publishedProgramme("NONE"), "CNDH", logistics(20, List.of(), List.of())))
                .post(ROOT + "/cohorts").then().statusCode(403).contentType("application/problem+json");
        as(Roles.PARTNER, "MINUSMA").body(cohortRequest(publishedProgramme("NONE"), "MINUSMA", logistics(20, List.of(), List.of())))
                .post(ROOT + "/cohorts").then().statusCode(403);
    }

    @Test
    void refusesInconsistentDatesDuplicateCodesAndUnknownTrainers() {
        Map<String, Object> logistics = new HashMap<>(logistics(20, List.of(), List.of(999_999_999L)));
        logistics.put("sessionDays", List.of("2025-02-24", "2025-03-30", "2025-02-24"));
        registrar("DGSN").body(cohortRequest(publishedProgramme("NONE"), "DGSN", logistics)).post(ROOT + "/cohorts")
                .then().statusCode(422)
                .body("errors.field", contains("logistics.sessionDays[1]", "logistics.sessionDays[2]", "logistics.trainers[0]"));

        Map<String, Object> request = cohortRequest(publishedProgramme("NONE"), "DGSN", logistics(20, List.of(), List.of()));
        registrar("DGSN").body(request).post(ROOT + "/cohorts").then().statusCode(201);
        registrar("DGSN").body(request).post(ROOT + "/cohorts").then().statusCode(409);
        registrar("DGSN").body(Map.of("code", "lower case")).post(ROOT + "/cohorts")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        registrar("DGSN").contentType("application/json").body("{\"code\": ").post(ROOT + "/cohorts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aTrainerTheRegistrarMayNotReadIsAnUnknownTrainer() {
        long elsewhere = participant("PN-MALI");
        long unknown = 999_999_998L;
        String programme = publishedProgramme("NONE");
        var hidden = registrar("DGSN").body(cohortRequest(programme, "DGSN", logistics(20, List.of(), List.of(elsewhere))))
                .post(ROOT + "/cohorts").then().statusCode(422).extract().jsonPath();
        var missing = registrar("DGSN").body(cohortRequest(programme, "DGSN", logistics(20, List.of(), List.of(unknown))))
                .post(ROOT + "/cohorts").then().statusCode(422).extract().jsonPath();
        assertEquals(missing.getString("errors[0].message").replace(Long.toString(unknown), "ID"),
                hidden.getString("errors[0].message").replace(Long.toString(elsewhere), "ID"));
        assertEquals(missing.getString("detail"), hidden.getString("detail"));

        long cohort = cohort("DGSN", 20);
        registrar("DGSN").header("If-Match", etag(cohort)).body(logistics(20, List.of(), List.of(elsewhere)))
                .put(ROOT + "/cohorts/" + cohort + "/logistics").then().statusCode(422)
                .body("errors.field", contains("logistics.trainers[0]"));
        registrar("DGSN").get(ROOT + "/participants/" + elsewhere).then().statusCode(404);

        // An admin may bring a trainer from another institution; the host's registrars then see and keep them.
        admin().header("If-Match", etag(cohort)).body(logistics(20, List.of(), List.of(elsewhere)))
                .put(ROOT + "/cohorts/" + cohort + "/logistics").then().statusCode(200);
        registrar("DGSN").get(ROOT + "/participants/" + elsewhere).then().statusCode(200);
        registrar("DGSN").header("If-Match", etag(cohort)).body(logistics(25, List.of(), List.of(elsewhere)))
                .put(ROOT + "/cohorts/" + cohort + "/logistics").then().statusCode(200);
    }

    @Test
    void movesAlongItsLifecycleAndRefusesOtherMoves() {
        long id = cohort("DGSN", 20);
        move(id, "COMPLETED").then().statusCode(409).body("detail", containsString("from PLANNED it can move to"));
        move(id, "OPEN").then().statusCode(200).body("status", equalTo("OPEN"));
        move(id, "IN_PROGRESS").then().statusCode(200);
        move(id, "COMPLETED").then().statusCode(200);
        move(id, "CLOSED").then().statusCode(200);
        move(id, "CANCELLED").then().statusCode(409);
    }

    @Test
    void guardsEditsWithIfMatch() {
        long id = cohort("DGSN", 20);
        String etag = etag(id);
        registrar("DGSN").body(logistics(25, List.of("CNDH"), List.of())).put(ROOT + "/cohorts/" + id + "/logistics")
                .then().statusCode(428);
        registrar("DGSN").header("If-Match", etag).body(logistics(25, List.of("CNDH"), List.of()))
                .put(ROOT + "/cohorts/" + id + "/logistics")
                .then().statusCode(200).body("capacity", equalTo(25)).header("ETag", not(equalTo(etag)));
        registrar("DGSN").header("If-Match", etag).body(logistics(30, List.of(), List.of()))
                .put(ROOT + "/cohorts/" + id + "/logistics")
                .then().statusCode(412).contentType("application/problem+json");
        registrar("CNDH").header("If-Match", etag(id)).body(logistics(30, List.of(), List.of()))
                .put(ROOT + "/cohorts/" + id + "/logistics").then().statusCode(404);
    }

    /** Editors racing with the ETag they both read: one wins, the others are told to read again, none gets a 500. */
    @Test
    void concurrentEditsWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
        long id = cohort("DGSN", 20);
        String etag = etag(id);
        int editors = 8;
        CyclicBarrier together = new CyclicBarrier(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int editor = 0; editor < editors; editor++) {
                int capacity = 21 + editor;
                answers.add(pool.submit(() -> {
                    together.await();
                    var response = registrar("DGSN").header("If-Match", etag).body(logistics(capacity, List.of(), List.of()))
                            .put(ROOT + "/cohorts/" + id + "/logistics");
                    if (response.statusCode() == 412) {
                        assertEquals("application/problem+json", response.contentType().split(";")[0]);
                    }
                    return response.statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
            assertEquals(editors - 1, statuses.stream().filter(status -> status == 412).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        admin().get(ROOT + "/cohorts/" + id).then().statusCode(200).header("ETag", not(equalTo(etag)));
    }

    @Test
    void eachCallerSeesOnlyItsCohorts() {
        long shared = cohort("DGSN", 20, "MINUSMA");
        long unshared = cohort("DGSN", 20, "CNDH");
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/cohorts/" + shared).then().statusCode(200);
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/cohorts/" + unshared).then().statusCode(404)
                .contentType("application/problem+json");
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/cohorts?size=500").then().statusCode(200)
                .body("items.id", hasItem((int) shared)).body("items.id", not(hasItem((int) unshared)));
        registrar("CNDH").get(ROOT + "/cohorts/" + shared).then().statusCode(404);
        registrar("DGSN").get(ROOT + "/cohorts/" + shared).then().statusCode(200);
        as(Roles.AUDITOR).get(ROOT + "/cohorts/" + unshared).then().statusCode(200);
        as(Roles.TRAINER).get(ROOT + "/cohorts/" + shared).then().statusCode(404);
        as(Roles.CURRICULUM_AUTHOR).get(ROOT + "/cohorts/" + shared).then().statusCode(403);
        as(Roles.PARTNER, "MINUSMA").header("If-Match", etag(shared)).body(Map.of("status", "OPEN"))
                .post(ROOT + "/cohorts/" + shared + "/status").then().statusCode(403);
    }

    @Test
    void pagesThroughCohortsInAStableOrder() {
        String host = "PAGE" + System.nanoTime() % 100000;
        for (int i = 0; i < 3; i++) {
            cohort(host, 10);
        }
        var first = registrar(host).get(ROOT + "/cohorts?size=2").then().statusCode(200).extract().jsonPath();
        List<Integer> firstIds = first.getList("items.id");
        registrar(host).get(ROOT + "/cohorts?size=2&cursor=" + first.getString("next")).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("next", org.hamcrest.Matchers.nullValue())
                .body("items[0].id", org.hamcrest.Matchers.greaterThan(firstIds.get(1)));
        registrar(host).get(ROOT + "/cohorts?size=501").then().statusCode(400);
        registrar(host).get(ROOT + "/cohorts?cursor=garbage").then().statusCode(400);
    }
}
