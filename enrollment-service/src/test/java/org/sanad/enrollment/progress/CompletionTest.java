package org.sanad.enrollment.progress;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.enrollment.testing.EnrollmentApi.ROOT;
import static org.sanad.enrollment.testing.EnrollmentApi.START;
import static org.sanad.enrollment.testing.EnrollmentApi.admin;
import static org.sanad.enrollment.testing.EnrollmentApi.as;
import static org.sanad.enrollment.testing.EnrollmentApi.cohort;
import static org.sanad.enrollment.testing.EnrollmentApi.enroll;
import static org.sanad.enrollment.testing.EnrollmentApi.move;
import static org.sanad.enrollment.testing.EnrollmentApi.participant;
import static org.sanad.enrollment.testing.EnrollmentApi.registrar;
import static org.sanad.enrollment.testing.EnrollmentApi.status;
import static org.sanad.enrollment.testing.EnrollmentApi.trainer;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.enrollment.testing.EnrollmentApi;
import org.sanad.enrollment.testing.FakePlatform;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CompletionTest {

    @Test
    void completesFromThePinnedRulesAndSaysWhyNot() {
        long cohort = cohort("DGSN", 10);
        long good = enroll("DGSN", cohort, participant("DGSN"));
        long absent = enroll("DGSN", cohort, participant("DGSN"));
        long weak = enroll("DGSN", cohort, participant("DGSN"));
        start(cohort);
        for (int day = 0; day < 3; day++) {
            attendance(registrar("DGSN"), cohort, START.plusDays(day), Map.of(good, true, absent, day == 0, weak, true));
        }
        scores(registrar("DGSN"), cohort, "MIGRANT-RIGHTS", Map.of(good, 90, absent, 90, weak, 55));
        scores(registrar("DGSN"), cohort, "ARREST", Map.of(good, 80, absent, 90, weak, 95));

        admin().get(ROOT + "/enrollments/" + weak + "/progress").then().statusCode(200)
                .body("evaluation.completed", equalTo(false))
                .body("scores.module", contains("MIGRANT-RIGHTS", "ARREST"));
        move(cohort, "COMPLETED").then().statusCode(200);

        admin().get(ROOT + "/enrollments/" + good).then()
                .body("status", equalTo("COMPLETED")).body("attendancePercent", equalTo(100.0f))
                .body("overallScore", equalTo(86.67f)).body("outcomeReasons", empty());
        admin().get(ROOT + "/enrollments/" + absent).then()
                .body("status", equalTo("NOT_COMPLETED")).body("outcomeReasons", contains("attendance 33.33% < 80%"));
        admin().get(ROOT + "/enrollments/" + weak).then()
                .body("status", equalTo("NOT_COMPLETED"))
                .body("outcomeReasons", contains("module MIGRANT-RIGHTS score 55 < 70", "overall score 68.33 < 75"));

        scores(registrar("DGSN"), cohort, "MIGRANT-RIGHTS", Map.of(weak, 75));
        registrar("DGSN").post(ROOT + "/enrollments/" + weak + "/completion").then().statusCode(200)
                .body("completed", equalTo(true));
        assertEquals("COMPLETED", status(weak));
        registrar("DGSN").post(ROOT + "/enrollments/" + weak + "/completion").then().statusCode(409);
    }

    @Test
    void onlyTheCohortsTrainersAndRegistrarsRecordResults() {
        String account = EnrollmentApi.unique("trainer");
        long trainerId = admin().body(Map.of("givenName", "Youssef", "familyName", "Benali", "institution", "DGSN",
                        "serviceNumber", EnrollmentApi.unique("T"), "gender", "MALE", "account", account))
                .post(ROOT + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        long taught = cohort("DGSN", 10, List.of(), List.of(trainerId), "TRAINER");
        long other = cohort("DGSN", 10);
        long taughtEnrollment = enroll("DGSN", taught, participant("DGSN"));
        long otherEnrollment = enroll("DGSN", other, participant("DGSN"));
        start(taught);
        start(other);

        attendance(trainer(account), taught, START, Map.of(taughtEnrollment, true));
        trainer(account).body(List.of(Map.of("enrollmentId", otherEnrollment, "present", true)))
                .put(ROOT + "/cohorts/" + other + "/attendance/" + START).then().statusCode(404);
        as(Roles.PARTNER, "MINUSMA").body(List.of(Map.of("enrollmentId", taughtEnrollment, "present", true)))
                .put(ROOT + "/cohorts/" + taught + "/attendance/" + START).then().statusCode(403);
        trainer(account).body(List.of(Map.of("enrollmentId", otherEnrollment, "present", true)))
                .put(ROOT + "/cohorts/" + taught + "/attendance/" + START).then().statusCode(422)
                .body("errors[0].field", equalTo("[0].enrollmentId"));
        trainer(account).body(List.of(Map.of("enrollmentId", taughtEnrollment, "present", true)))
                .put(ROOT + "/cohorts/" + taught + "/attendance/2030-01-01").then().statusCode(422);
        trainer(account).body(List.of(Map.of("enrollmentId", taughtEnrollment, "score", 101)))
                .put(ROOT + "/cohorts/" + taught + "/assessments/ARREST").then().statusCode(400);
        trainer(account).body(List.of(Map.of("enrollmentId", taughtEnrollment, "score", 80)))
                .put(ROOT + "/cohorts/" + taught + "/assessments/NO-SUCH-MODULE").then().statusCode(422);
    }

    @Test
    void deliversEachCompletionOnceEvenWhenCertificationIsDownForAWhile() {
        long cohort = cohort("DGSN", 10);
        long first = enroll("DGSN", cohort, participant("DGSN", "Amina", "Tazi", "FEMALE"));
        long second = enroll("DGSN", cohort, participant("DGSN"));
        start(cohort);
        for (int day = 0; day < 3; day++) {
            attendance(registrar("DGSN"), cohort, START.plusDays(day), Map.of(first, true, second, true));
        }
        scores(registrar("DGSN"), cohort, "MIGRANT-RIGHTS", Map.of(first, 90, second, 90));
        scores(registrar("DGSN"), cohort, "ARREST", Map.of(first, 90, second, 90));

        FakePlatform.CERTIFICATION.stop();
        try {
            move(cohort, "COMPLETED").then().statusCode(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> admin().get("/q/health/well").then().extract()
                    .jsonPath().getString("checks.find { it.name == 'Completion outbox' }.data.lastError").length() > 0);
        } finally {
            FakePlatform.CERTIFICATION.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveredFor(first) == 1 && deliveredFor(second) == 1);
        JsonPath event = FakePlatform.DELIVERIES.stream().map(d -> JsonPath.from(d.getValue()))
                .filter(json -> json.getLong("enrollmentId") == first).findFirst().orElseThrow();
        assertEquals("Amina", event.getString("participant.givenName"));
        assertEquals("TRAINER", event.getString("programme.certificateKind"));
        assertEquals(List.of("ICRMW-16"), event.getList("programme.standards.provision"));
        assertEquals(event.getString("eventId"), FakePlatform.DELIVERIES.stream()
                .filter(d -> JsonPath.from(d.getValue()).getLong("enrollmentId") == first).findFirst().orElseThrow().getKey());
        // Nothing more arrives later: each event went out exactly once.
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(1, deliveredFor(first));
        assertEquals(1, deliveredFor(second));
    }

    @Test
    void aProgrammeWithoutCertificateSendsNothing() {
        long cohort = cohort("DGSN", 10, List.of(), List.of(), "NONE");
        long only = enroll("DGSN", cohort, participant("DGSN"));
        start(cohort);
        for (int day = 0; day < 3; day++) {
            attendance(registrar("DGSN"), cohort, START.plusDays(day), Map.of(only, true));
        }
        scores(registrar("DGSN"), cohort, "MIGRANT-RIGHTS", Map.of(only, 90));
        scores(registrar("DGSN"), cohort, "ARREST", Map.of(only, 90));
        move(cohort, "COMPLETED").then().statusCode(200);
        assertEquals("COMPLETED", status(only));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(0, deliveredFor(only));
    }

    private static long deliveredFor(long enrollmentId) {
        return FakePlatform.DELIVERIES.stream().filter(d -> JsonPath.from(d.getValue()).getLong("enrollmentId") == enrollmentId)
                .count();
    }

    private static void start(long cohort) {
        move(cohort, "OPEN").then().statusCode(200);
        move(cohort, "IN_PROGRESS").then().statusCode(200);
    }

    private static void attendance(RequestSpecification as, long cohort, LocalDate day, Map<Long, Boolean> marks) {
        as.body(marks.entrySet().stream().map(m -> Map.of("enrollmentId", m.getKey(), "present", m.getValue())).toList())
                .put(ROOT + "/cohorts/" + cohort + "/attendance/" + day).then().statusCode(200)
                .body("recorded", equalTo(marks.size()));
    }

    private static void scores(RequestSpecification as, long cohort, String module, Map<Long, Integer> marks) {
        as.body(marks.entrySet().stream().map(m -> Map.of("enrollmentId", m.getKey(), "score", m.getValue())).toList())
                .put(ROOT + "/cohorts/" + cohort + "/assessments/" + module).then().statusCode(200);
    }
}
