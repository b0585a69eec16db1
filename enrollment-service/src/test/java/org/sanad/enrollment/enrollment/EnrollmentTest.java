package org.sanad.enrollment.enrollment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sanad.enrollment.testing.EnrollmentApi.ROOT;
import static org.sanad.enrollment.testing.EnrollmentApi.admin;
import static org.sanad.enrollment.testing.EnrollmentApi.as;
import static org.sanad.enrollment.testing.EnrollmentApi.cohort;
import static org.sanad.enrollment.testing.EnrollmentApi.enroll;
import static org.sanad.enrollment.testing.EnrollmentApi.move;
import static org.sanad.enrollment.testing.EnrollmentApi.participant;
import static org.sanad.enrollment.testing.EnrollmentApi.registrar;
import static org.sanad.enrollment.testing.EnrollmentApi.status;
import static org.sanad.enrollment.testing.EnrollmentApi.transition;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.enrollment.testing.FakePlatform;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EnrollmentTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void neverSeatsMoreThanCapacityUnderConcurrentRequests() throws Exception {
        long cohort = cohort("DGSN", 20);
        List<Long> officers = IntStream.range(0, 60).mapToObj(i -> participant("DGSN")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> requests = officers.stream().<Callable<Integer>>map(id -> () ->
                    registrar("DGSN").body(Map.of("participantId", id)).post(ROOT + "/cohorts/" + cohort + "/enrollments")
                            .then().extract().statusCode()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(requests)) {
                statuses.add(result.get());
            }
            assertEquals(List.of(201), statuses.stream().distinct().toList());
        } finally {
            pool.shutdown();
        }
        var enrollments = admin().get(ROOT + "/cohorts/" + cohort + "/enrollments?size=100").then().statusCode(200)
                .extract().jsonPath();
        List<String> states = enrollments.getList("items.status");
        assertEquals(20, states.stream().filter("CONFIRMED"::equals).count());
        assertEquals(40, states.stream().filter("WAITLISTED"::equals).count());
        List<Integer> positions = enrollments.<Integer>getList("items.waitlistPosition").stream()
                .filter(java.util.Objects::nonNull).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), positions);
        admin().get(ROOT + "/cohorts/" + cohort).then().body("seatsTaken", equalTo(20));
    }

    @Test
    void theDatabaseItselfRefusesASeatBeyondCapacity() throws Exception {
        long cohort = cohort("DGSN", 1);
        enroll("DGSN", cohort, participant("DGSN"));
        long waiting = enroll("DGSN", cohort, participant("DGSN"));
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var refused = assertThrows(java.sql.SQLException.class, () -> statement.executeUpdate(
                    "UPDATE enrollment SET status = 'CONFIRMED', waitlist_position = NULL WHERE id = " + waiting));
            assertEquals("23514", refused.getSQLState());
        }
        assertEquals("WAITLISTED", status(waiting));
        admin().get(ROOT + "/cohorts/" + cohort).then().body("seatsTaken", equalTo(1));
    }

    @Test
    void aWithdrawalPromotesTheFirstOnTheWaitlist() {
        long cohort = cohort("DGSN", 1);
        long seated = enroll("DGSN", cohort, participant("DGSN"));
        long second = enroll("DGSN", cohort, participant("DGSN"));
        long third = enroll("DGSN", cohort, participant("DGSN"));
        assertEquals(List.of("CONFIRMED", "WAITLISTED", "WAITLISTED"), List.of(status(seated), status(second), status(third)));

        transition("DGSN", seated, "WITHDRAWN").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertEquals("CONFIRMED", status(second));
        assertEquals("WAITLISTED", status(third));
        admin().get(ROOT + "/enrollments/" + second + "/history").then().statusCode(200)
                .body("to", contains("NOMINATED", "WAITLISTED", "CONFIRMED"))
                .body("[2].reason", containsString("Seat freed by enrollment " + seated))
                .body("[0].actor", equalTo("registrar-DGSN"));
        transition("DGSN", third, "CONFIRMED").then().statusCode(409).body("detail", containsString("is full"));
    }

    @Test
    void followsTheStateMachineAndRefusesEveryOtherMove() {
        long cohort = cohort("DGSN", 5);
        long nominee = registrar("DGSN").body(Map.of("participantId", participant("DGSN"), "confirm", false))
                .post(ROOT + "/cohorts/" + cohort + "/enrollments").then().statusCode(201)
                .body("status", equalTo("NOMINATED")).extract().jsonPath().getLong("id");
        transition("DGSN", nominee, "ATTENDING").then().statusCode(409).body("detail", containsString("cannot move from NOMINATED"));
        transition("DGSN", nominee, "COMPLETED").then().statusCode(409).body("detail", containsString("follows from results"));
        transition("DGSN", nominee, "CONFIRMED").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        transition("DGSN", nominee, "ATTENDING").then().statusCode(409).body("detail", containsString("IN_PROGRESS"));

        long noShow = enroll("DGSN", cohort, participant("DGSN"));
        transition("DGSN", noShow, "NO_SHOW").then().statusCode(200);
        transition("DGSN", noShow, "CONFIRMED").then().statusCode(409);

        move(cohort, "OPEN").then().statusCode(200);
        move(cohort, "IN_PROGRESS").then().statusCode(200);
        assertEquals("ATTENDING", status(nominee));
        registrar("DGSN").body(Map.of("participantId", participant("DGSN")))
                .post(ROOT + "/cohorts/" + cohort + "/enrollments").then().statusCode(409)
                .body("detail", containsString("enrollments are taken while it is PLANNED or OPEN"));
        transition("DGSN", nominee, "WITHDRAWN").then().statusCode(200);
        transition("DGSN", nominee, "CONFIRMED").then().statusCode(409);
        registrar("DGSN").body(Map.of("status", "BOGUS")).post(ROOT + "/enrollments/" + nominee + "/transitions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void enrollsAParticipantOnceAndOnlyParticipantsTheRegistrarMaySee() {
        long cohort = cohort("DGSN", 5);
        long officer = participant("DGSN");
        enroll("DGSN", cohort, officer);
        registrar("DGSN").body(Map.of("participantId", officer)).post(ROOT + "/cohorts/" + cohort + "/enrollments")
                .then().statusCode(409);
        registrar("DGSN").body(Map.of("participantId", participant("CNDH"))).post(ROOT + "/cohorts/" + cohort + "/enrollments")
                .then().statusCode(422).body("errors[0].field", equalTo("participantId"));
        admin().body(Map.of("participantId", participant("CNDH"))).post(ROOT + "/cohorts/" + cohort + "/enrollments")
                .then().statusCode(201);
        registrar("CNDH").body(Map.of("participantId", participant("CNDH"))).post(ROOT + "/cohorts/" + cohort + "/enrollments")
                .then().statusCode(404);
    }

    @Test
    void cancellingACohortWithdrawsEveryOpenEnrollment() {
        long cohort = cohort("DGSN", 1);
        long seated = enroll("DGSN", cohort, participant("DGSN"));
        long waiting = enroll("DGSN", cohort, participant("DGSN"));
        move(cohort, "CANCELLED").then().statusCode(200);
        assertEquals(List.of("WITHDRAWN", "WITHDRAWN"), List.of(status(seated), status(waiting)));
        admin().get(ROOT + "/cohorts/" + cohort).then().body("seatsTaken", equalTo(0));
    }

    @Test
    void deletesOnlyANominationMadeInError() {
        long cohort = cohort("DGSN", 5);
        long nominee = registrar("DGSN").body(Map.of("participantId", participant("DGSN"), "confirm", false))
                .post(ROOT + "/cohorts/" + cohort + "/enrollments").then().extract().jsonPath().getLong("id");
        long confirmed = enroll("DGSN", cohort, participant("DGSN"));
        registrar("DGSN").delete(ROOT + "/enrollments/" + confirmed).then().statusCode(409);
        registrar("DGSN").delete(ROOT + "/enrollments/" + nominee).then().statusCode(204);
        admin().get(ROOT + "/enrollments/" + nominee).then().statusCode(404);
    }

    @Test
    void keepsNamesExactlyAndGivesPartnersOnlyThePersonalDataTheyNeed() {
        long cohort = cohort("DGSN", 5, "MINUSMA");
        long officer = participant("DGSN", "سلمى", "العمراني", "FEMALE");
        long enrollment = enroll("DGSN", cohort, officer);
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/enrollments/" + enrollment).then().statusCode(200)
                .body("participant.givenName", equalTo("سلمى"))
                .body("participant.familyName", equalTo("العمراني"))
                .body("participant", not(hasKey("email")))
                .body("participant", not(hasKey("serviceNumber")));
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/participants/" + officer).then().statusCode(200)
                .body("gender", equalTo("FEMALE")).body("email", nullValue());
        registrar("DGSN").get(ROOT + "/participants/" + officer).then().statusCode(200)
                .body("email", equalTo("سلمى@example.org"));
    }

    @Test
    void answers404ForIdsOfAnotherInstitution() {
        long cohort = cohort("DGSN", 5, "CNDH");
        long officer = participant("DGSN");
        long enrollment = enroll("DGSN", cohort, officer);
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/cohorts/" + cohort + "/enrollments").then().statusCode(404);
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/enrollments/" + enrollment).then().statusCode(404);
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/enrollments/" + enrollment + "/history").then().statusCode(404);
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/participants/" + officer).then().statusCode(404)
                .contentType("application/problem+json");
        registrar("CNDH").get(ROOT + "/participants/" + officer).then().statusCode(404);
        as(Roles.PARTNER, "CNDH").get(ROOT + "/participants/" + officer).then().statusCode(200);
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/participants?size=500").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem((int) officer)));
    }
}
