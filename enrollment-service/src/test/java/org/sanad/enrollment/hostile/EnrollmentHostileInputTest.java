package org.sanad.enrollment.hostile;

import static org.sanad.enrollment.testing.EnrollmentApi.ROOT;
import static org.sanad.enrollment.testing.EnrollmentApi.cohort;
import static org.sanad.enrollment.testing.EnrollmentApi.cohortRequest;
import static org.sanad.enrollment.testing.EnrollmentApi.logistics;
import static org.sanad.enrollment.testing.EnrollmentApi.enroll;
import static org.sanad.enrollment.testing.EnrollmentApi.participant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.hostile.HostileInputContract;
import org.sanad.enrollment.testing.EnrollmentApi;
import org.sanad.enrollment.testing.FakePlatform;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EnrollmentHostileInputTest extends HostileInputContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private long cohortId;
    private long participantId;
    private long enrollmentId;
    private String programme;

    @BeforeEach
    void recordsToSpoil() {
        if (cohortId != 0) {
            return;
        }
        participantId = participant("DGSN");
        long trainer = participant("DGSN");
        cohortId = cohort("DGSN", 20, List.of("CNDH"), List.of(trainer), "TRAINER");
        enrollmentId = enroll("DGSN", cohortId, participantId);
        programme = EnrollmentApi.admin().get(ROOT + "/cohorts/" + cohortId).then().statusCode(200)
                .extract().path("programme.code");
    }

    @Override
    protected JsonNode plausibleBody(String operation, JsonNode fromExamples) {
        Map<String, Object> person = Map.of("givenName", "Salma", "familyName", "El Amrani", "institution", "DGSN",
                "serviceNumber", EnrollmentApi.unique("DGSN"), "gender", "FEMALE", "email", "salma@example.org");
        return switch (operation) {
            case "POST " + ROOT + "/participants", "PUT " + ROOT + "/participants/{id}" -> JSON.valueToTree(person);
            case "POST " + ROOT + "/cohorts" -> JSON.valueToTree(cohortRequest(programme, "DGSN", logistics(20, List.of("CNDH"), List.of())));
            case "PUT " + ROOT + "/cohorts/{id}/logistics" -> JSON.valueToTree(logistics(20, List.of("CNDH"), List.of()));
            case "POST " + ROOT + "/cohorts/{cohortId}/enrollments" -> JSON.valueToTree(Map.of("participantId", participant("DGSN")));
            default -> fromExamples;
        };
    }

    @Override
    protected Set<String> tablesWrittenInBackground() {
        return Set.of("outbox_event");
    }

    @Override
    protected String pathValue(String path, String parameter) {
        return switch (parameter) {
            case "cohortId" -> String.valueOf(cohortId);
            case "module" -> "MIGRANT-RIGHTS";
            case "day" -> EnrollmentApi.START.toString();
            case "code" -> programme;
            default -> path.startsWith(ROOT + "/cohorts") ? String.valueOf(cohortId)
                    : path.startsWith(ROOT + "/participants") ? String.valueOf(participantId)
                    : String.valueOf(enrollmentId);
        };
    }
}
