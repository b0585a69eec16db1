package org.sanad.enrollment.progress;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sanad.common.contract.CompletionEvent;
import org.sanad.common.contract.PersonLimits;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.contract.CompletionEventSamples;
import org.sanad.enrollment.testing.EnrollmentApi;
import org.sanad.enrollment.testing.FakePlatform;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CompletionTest {

    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;
    @Inject
    DataSource database;

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

    /** The producer's half of the completion contract: the longest facts a registrar may write travel intact. */
    @Test
    void theLongestNamesAndPlaceARegistrarMayWriteTravelInAnEventTheContractAccepts() throws Exception {
        String given = CompletionEventSamples.text(PersonLimits.GIVEN_NAME);
        String family = CompletionEventSamples.text(PersonLimits.FAMILY_NAME);
        long participant = admin().body(Map.of("givenName", given, "familyName", family, "institution", "DGSN",
                        "serviceNumber", EnrollmentApi.unique("S") + "9".repeat(40), "gender", "FEMALE",
                        "account", EnrollmentApi.unique("a") + "a".repeat(PersonLimits.ACCOUNT - 40)))
                .post(ROOT + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> logistics = new HashMap<>(EnrollmentApi.logistics(10, List.of(), List.of()));
        logistics.put("location", CompletionEventSamples.text(PersonLimits.LOCATION));
        long cohort = admin().body(EnrollmentApi.cohortRequest(EnrollmentApi.publishedProgramme("TRAINER"), "DGSN", logistics))
                .post(ROOT + "/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
        long enrollment = enroll("DGSN", cohort, participant);
        complete(cohort, enrollment);

        await().atMost(Duration.ofSeconds(15)).until(() -> deliveredFor(enrollment) == 1);
        CompletionEvent event = json.readValue(lastDeliveryFor(enrollment), CompletionEvent.class);
        assertEquals(Set.of(), validator.validate(event));
        assertEquals(given, event.participant().givenName());
        assertEquals(family, event.participant().familyName());
        assertEquals(logistics.get("location"), event.cohort().location());
    }

    @Test
    void anEventCertificationRefusesForGoodIsParkedShownAndReplayedOnceTheCauseIsFixed() {
        long participant = participant("DGSN", "Khadija", "Benali", "FEMALE");
        long cohort = cohort("DGSN", 10);
        long enrollment = enroll("DGSN", cohort, participant);
        FakePlatform.refuseCompletions(new FakePlatform.Refusal(422, """
                {"type":"https://sanad.example/problems/unprocessable","title":"Unprocessable","status":422,
                 "errors":[{"field":"participant.familyName","message":"must not be Benali"}]}"""));
        String eventId;
        try {
            complete(cohort, enrollment);
            await().atMost(Duration.ofSeconds(15)).until(() -> parkedFor(enrollment) != null);
            Map<String, Object> parked = parkedFor(enrollment);
            eventId = (String) parked.get("id");
            String reason = (String) parked.get("parkReason");
            assertEquals("PARKED", parked.get("delivery"));
            assertEquals(1, parked.get("attempts"));
            assertTrue(reason.contains("HTTP 422") && reason.contains("participant.familyName"), reason);
            // Parked, not retried: certification-service saw it once.
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
            assertEquals(1, deliveredFor(enrollment));
        } finally {
            FakePlatform.refuseCompletions(null);
        }
        admin().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'Completion outbox' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Completion outbox' }.data.parked", greaterThanOrEqualTo(1));
        assertTrue(given().get("/q/metrics").then().extract().asString().lines()
                .anyMatch(line -> line.matches("sanad_outbox_parked(\\{[^}]*})? [1-9][0-9]*\\.0")));
        registrar("DGSN").get(ROOT + "/outbox/parked").then().statusCode(403);
        registrar("DGSN").post(ROOT + "/outbox/events/" + eventId + "/replay").then().statusCode(403);

        // The cause is fixed (here: the record corrected); the replay sends the corrected facts under the same id.
        String etag = admin().get(ROOT + "/participants/" + participant).then().extract().header("ETag");
        admin().header("If-Match", etag).body(Map.of("givenName", "Khadija", "familyName", "Bennani", "institution", "DGSN",
                        "serviceNumber", EnrollmentApi.unique("DGSN"), "gender", "FEMALE"))
                .put(ROOT + "/participants/" + participant).then().statusCode(200);
        admin().post(ROOT + "/outbox/events/" + eventId + "/replay").then().statusCode(200)
                .body("delivery", equalTo("PENDING")).body("attempts", equalTo(0)).body("parkReason", equalTo(null));
        await().atMost(Duration.ofSeconds(15)).until(() -> "DELIVERED".equals(
                admin().get(ROOT + "/outbox/events/" + eventId).then().statusCode(200).extract().path("delivery")));
        JsonPath replayed = JsonPath.from(lastDeliveryFor(enrollment));
        assertEquals(eventId, replayed.getString("eventId"));
        assertEquals("Bennani", replayed.getString("participant.familyName"));
        admin().post(ROOT + "/outbox/events/" + eventId + "/replay").then().statusCode(409)
                .contentType("application/problem+json");
        admin().post(ROOT + "/outbox/events/" + UUID.randomUUID() + "/replay").then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(null, parkedFor(enrollment));
    }

    /** The parked event of this enrollment, as the admin's list shows it, or null. */
    private static Map<String, Object> parkedFor(long enrollmentId) {
        return admin().get(ROOT + "/outbox/parked").then().statusCode(200).extract().jsonPath()
                .get("items.find { it.enrollmentId == " + enrollmentId + " }");
    }

    /** Moves a cohort with these enrollments through to COMPLETED, every officer present and passing. */
    private static void complete(long cohort, long... enrollments) {
        start(cohort);
        Map<Long, Boolean> present = new HashMap<>();
        Map<Long, Integer> passing = new HashMap<>();
        for (long enrollment : enrollments) {
            present.put(enrollment, true);
            passing.put(enrollment, 90);
        }
        for (int day = 0; day < 3; day++) {
            attendance(registrar("DGSN"), cohort, START.plusDays(day), present);
        }
        scores(registrar("DGSN"), cohort, "MIGRANT-RIGHTS", passing);
        scores(registrar("DGSN"), cohort, "ARREST", passing);
        move(cohort, "COMPLETED").then().statusCode(200);
    }

    private static String lastDeliveryFor(long enrollmentId) {
        return FakePlatform.DELIVERIES.stream().map(Map.Entry::getValue)
                .filter(body -> JsonPath.from(body).getLong("enrollmentId") == enrollmentId)
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void aProgrammeWithoutCertificateSendsNothing() throws SQLException {
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
        assertEquals(0, outboxEventsFor(only), "the outbox is written in the transaction that completes the cohort");
        assertEquals(0, deliveredFor(only));
    }

    private long outboxEventsFor(long enrollmentId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) AS events FROM outbox_event WHERE enrollment_id = ?")) {
            count.setLong(1, enrollmentId);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong("events");
            }
        }
    }

    private static long deliveredFor(long enrollmentId) {
        return FakePlatform.DELIVERIES.stream()
                .filter(d -> Long.valueOf(enrollmentId).equals(JsonPath.from(d.getValue()).getObject("enrollmentId", Long.class)))
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
