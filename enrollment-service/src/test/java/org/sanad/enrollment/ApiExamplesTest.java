package org.sanad.enrollment;

import static java.util.Map.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.sanad.enrollment.testing.EnrollmentApi.ROOT;
import static org.sanad.enrollment.testing.EnrollmentApi.START;
import static org.sanad.enrollment.testing.EnrollmentApi.admin;
import static org.sanad.enrollment.testing.EnrollmentApi.enroll;
import static org.sanad.enrollment.testing.EnrollmentApi.etag;
import static org.sanad.enrollment.testing.EnrollmentApi.move;
import static org.sanad.enrollment.testing.EnrollmentApi.participant;
import static org.sanad.enrollment.testing.EnrollmentApi.publishedProgramme;
import static org.sanad.enrollment.testing.EnrollmentApi.registrar;
import static org.sanad.enrollment.testing.EnrollmentApi.unique;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.function.Consumer;
import org.sanad.common.testing.ApiExamplesContract;
import org.sanad.common.testing.DocumentedExamples.Example;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.enrollment.testing.FakePlatform;

/**
 * Every request example enrollment-service documents is accepted by it, sent by a DGSN registrar.
 * What an example can only name is made first and put in its place: the cohort comes from the cohort
 * example, with a code of its own and a programme the fake curriculum-service publishes; participants
 * get service numbers of their own (the test database outlives a run); the enrollments that attendance
 * and scores name are made in a cohort under way. The CSV example is sent as it is: a second run
 * matches the officers it registered the first time.
 */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ApiExamplesTest extends ApiExamplesContract {

    private static final String HOST = "DGSN";

    @Override
    protected Map<String, Consumer<Example>> senders() {
        return Map.ofEntries(
                entry("openCohort", example -> ofOwnCohort(example).sendAs(registrar(HOST)).statusCode(201)
                        .body("status", equalTo("PLANNED"))),
                entry("changeCohortLogistics", example -> {
                    long cohort = cohort();
                    example.sendAs(registrar(HOST).header("If-Match", etag(cohort)), cohort).statusCode(200);
                }),
                entry("moveCohort", example -> {
                    long cohort = cohort();
                    example.sendAs(registrar(HOST).header("If-Match", etag(cohort)), cohort).statusCode(200)
                            .body("status", equalTo("OPEN"));
                }),
                entry("registerParticipant", example -> example.with("/serviceNumber", unique(HOST))
                        .sendAs(registrar(HOST)).statusCode(201)),
                entry("updateParticipant", example -> {
                    String serviceNumber = unique(HOST);
                    long participant = registered(serviceNumber);
                    String revision = admin().get(ROOT + "/participants/" + participant).then().statusCode(200)
                            .extract().header("ETag");
                    example.with("/serviceNumber", serviceNumber).sendAs(registrar(HOST).header("If-Match", revision), participant)
                            .statusCode(200).body("rank", equalTo(example.value().path("rank").asText()));
                }),
                entry("enrollParticipant", example -> example.with("/participantId", registered(unique(HOST)))
                        .sendAs(registrar(HOST), cohort()).statusCode(201).body("status", equalTo("CONFIRMED"))),
                entry("importEnrollments", example -> example.sendAs(registrar(HOST), cohort()).statusCode(200)),
                entry("changeEnrollmentStatus", example -> {
                    long enrollment = enroll(HOST, cohort(), participant(HOST));
                    example.sendAs(registrar(HOST), enrollment).statusCode(200);
                }),
                entry("recordAttendance", example -> {
                    long cohort = cohort();
                    withEnrollmentsUnderWay(example, cohort).sendAs(registrar(HOST), cohort, START.toString()).statusCode(200)
                            .body("recorded", equalTo(example.value().size()));
                }),
                entry("recordScores", example -> {
                    long cohort = cohort();
                    withEnrollmentsUnderWay(example, cohort).sendAs(registrar(HOST), cohort, "MIGRANT-RIGHTS").statusCode(200);
                }));
    }

    /** The cohort example with a code of its own, on a programme the fake curriculum-service publishes. */
    private static Example ofOwnCohort(Example cohort) {
        return cohort.with("/code", unique("TOT-MIGRATION-2025-RABAT")).with("/programme/code", publishedProgramme("TRAINER"));
    }

    /** A cohort opened from the cohort example, PLANNED. */
    private long cohort() {
        return ofOwnCohort(examples().example("openCohort")).sendAs(registrar(HOST)).statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The officer of the participant example, under this service number. */
    private long registered(String serviceNumber) {
        return examples().example("registerParticipant").with("/serviceNumber", serviceNumber).sendAs(registrar(HOST))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The marks example with each enrollment it names replaced by one in the cohort, which is then under way. */
    private static Example withEnrollmentsUnderWay(Example marks, long cohort) {
        Example enrolled = marks;
        for (int i = 0; i < marks.value().size(); i++) {
            enrolled = enrolled.with("/" + i + "/enrollmentId", enroll(HOST, cohort, participant(HOST)));
        }
        move(cohort, "OPEN").then().statusCode(200);
        move(cohort, "IN_PROGRESS").then().statusCode(200);
        return enrolled;
    }
}
