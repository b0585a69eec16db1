package org.sanad.enrollment.sync;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.enrollment.testing.EnrollmentApi.ROOT;
import static org.sanad.enrollment.testing.EnrollmentApi.admin;
import static org.sanad.enrollment.testing.EnrollmentApi.as;
import static org.sanad.enrollment.testing.EnrollmentApi.cohort;
import static org.sanad.enrollment.testing.EnrollmentApi.enroll;
import static org.sanad.enrollment.testing.EnrollmentApi.etag;
import static org.sanad.enrollment.testing.EnrollmentApi.logistics;
import static org.sanad.enrollment.testing.EnrollmentApi.participant;
import static org.sanad.enrollment.testing.EnrollmentApi.registrar;
import static org.sanad.enrollment.testing.EnrollmentApi.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
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
class PartnerSyncTest {

    /** A partner's local copy, kept only by applying the feed. */
    private static final class Copy {
        final Map<Long, Map<String, Object>> cohorts = new HashMap<>();
        final Map<Long, Map<String, Object>> enrollments = new HashMap<>();
        String cursor;

        void pull(String partner) {
            boolean more = true;
            while (more) {
                var request = as(Roles.PARTNER, partner).queryParam("size", 3);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get(ROOT + "/changes").then().statusCode(200).extract().jsonPath();
                for (Map<String, Object> change : page.<Map<String, Object>>getList("items")) {
                    long id = ((Number) change.get("id")).longValue();
                    long cohortId = ((Number) change.get("cohortId")).longValue();
                    boolean deleted = (Boolean) change.get("deleted");
                    if ("COHORT".equals(change.get("kind"))) {
                        if (deleted) {
                            cohorts.remove(id);
                            enrollments.values().removeIf(e -> ((Number) e.get("cohortId")).longValue() == cohortId);
                        } else {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> cohort = (Map<String, Object>) change.get("cohort");
                            cohorts.put(id, cohort);
                        }
                    } else if (deleted) {
                        enrollments.remove(id);
                    } else {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> enrollment = (Map<String, Object>) change.get("enrollment");
                        enrollments.put(id, enrollment);
                    }
                }
                cursor = page.getString("next");
                more = page.getBoolean("more");
            }
        }
    }

    @Test
    void aPartnersCopyConvergesThroughChangesWithdrawalsAndDeletions() {
        String partner = "UN" + System.nanoTime() % 100000;
        long shared = cohort("DGSN", 2, partner);
        long notShared = cohort("DGSN", 2, "CNDH");
        long first = enroll("DGSN", shared, participant("DGSN"));
        long second = enroll("DGSN", shared, participant("DGSN"));
        long waiting = enroll("DGSN", shared, participant("DGSN"));
        enroll("DGSN", notShared, participant("DGSN"));

        Copy copy = new Copy();
        copy.pull(partner);
        assertEquals(List.of(shared), List.copyOf(copy.cohorts.keySet()));
        assertEquals(3, copy.enrollments.size());
        assertEquals("WAITLISTED", copy.enrollments.get(waiting).get("status"));

        transition("DGSN", first, "WITHDRAWN").then().statusCode(200);
        long nominee = registrar("DGSN").body(Map.of("participantId", participant("DGSN"), "confirm", false))
                .post(ROOT + "/cohorts/" + shared + "/enrollments").then().statusCode(201).extract().jsonPath().getLong("id");
        copy.pull(partner);
        assertEquals("WITHDRAWN", copy.enrollments.get(first).get("status"));
        assertEquals("CONFIRMED", copy.enrollments.get(waiting).get("status"));
        assertTrue(copy.enrollments.containsKey(nominee));

        registrar("DGSN").delete(ROOT + "/enrollments/" + nominee).then().statusCode(204);
        copy.pull(partner);
        assertFalse(copy.enrollments.containsKey(nominee));
        assertEquals(copy.enrollments.keySet(), java.util.Set.of(first, second, waiting));

        // Sharing withdrawn: the copy forgets the cohort; shared again: it comes back whole.
        registrar("DGSN").header("If-Match", etag(shared)).body(logistics(2, List.of("CNDH"), List.of()))
                .put(ROOT + "/cohorts/" + shared + "/logistics").then().statusCode(200);
        copy.pull(partner);
        assertTrue(copy.cohorts.isEmpty());
        assertTrue(copy.enrollments.isEmpty());
        registrar("DGSN").header("If-Match", etag(shared)).body(logistics(2, List.of(partner), List.of()))
                .put(ROOT + "/cohorts/" + shared + "/logistics").then().statusCode(200);
        copy.pull(partner);
        assertEquals(List.of(shared), List.copyOf(copy.cohorts.keySet()));
        assertEquals(java.util.Set.of(first, second, waiting), copy.enrollments.keySet());

        // Nothing new: an empty page, and the cursor holds.
        String before = copy.cursor;
        copy.pull(partner);
        assertEquals(before, copy.cursor);
    }

    @Test
    void exportsTheCallersEnrollmentsAsCsvWithOnlyTheDataItMaySee() {
        String partner = "UN" + System.nanoTime() % 100000;
        long shared = cohort("DGSN", 5, partner);
        enroll("DGSN", shared, participant("DGSN", "Omar", "=HYPERLINK(\"x\"), Jr.", "MALE"));
        enroll("DGSN", cohort("DGSN", 5, "CNDH"), participant("DGSN"));
        String csv = as(Roles.PARTNER, partner).get(ROOT + "/exports/enrollments").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("enrollment_id,cohort_id,cohort_code"));
        assertTrue(lines.get(1).contains(",Omar,\"'=HYPERLINK(\"\"x\"\"), Jr.\",DGSN,,"), lines.get(1));
        String mine = registrar("DGSN").queryParam("cohort", shared).get(ROOT + "/exports/enrollments").then().statusCode(200)
                .extract().asString();
        assertTrue(mine.lines().skip(1).allMatch(line -> line.contains(",DGSN,DGSN-")), mine);
    }

    @Test
    void countsTrainedOfficersByGenderAndInstitution() {
        String programme = EnrollmentApi.publishedProgramme("TRAINER");
        long cohort = registrar("DGSN").body(EnrollmentApi.cohortRequest(programme, "DGSN", logistics(3, List.of("MINUSMA"), List.of())))
                .post(ROOT + "/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
        enroll("DGSN", cohort, participant("DGSN", "Amina", "Tazi", "FEMALE"));
        enroll("DGSN", cohort, participant("DGSN", "Karim", "Idrissi", "MALE"));
        admin().body(Map.of("participantId", participant("CNDH", "Leila", "Berrada", "FEMALE")))
                .post(ROOT + "/cohorts/" + cohort + "/enrollments").then().statusCode(201);
        enroll("DGSN", cohort, participant("DGSN", "Omar", "Alaoui", "MALE"));

        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/cohorts/" + cohort + "/statistics").then().statusCode(200)
                .body("total.enrolled", equalTo(3)).body("total.waitlisted", equalTo(1))
                .body("total.completed", equalTo(0)).body("total.completionRate", equalTo(0.0f))
                .body("byGender.find { it.key == 'FEMALE' }.counts.enrolled", equalTo(2))
                .body("byInstitution.find { it.key == 'CNDH' }.counts.enrolled", equalTo(1));
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/programmes/" + programme + "/statistics").then().statusCode(200)
                .body("total.enrolled", equalTo(3));
        as(Roles.PARTNER, "CNDH").get(ROOT + "/programmes/" + programme + "/statistics").then().statusCode(404);
        as(Roles.PARTNER, "CNDH").get(ROOT + "/cohorts/" + cohort + "/statistics").then().statusCode(404);
    }

    @Test
    void refusesACursorItDidNotIssue() {
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/changes?cursor=bm90LW91cnM").then().statusCode(400)
                .contentType("application/problem+json");
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/changes?size=0").then().statusCode(400);
        as(Roles.CURRICULUM_AUTHOR).get(ROOT + "/changes").then().statusCode(403);
        as(Roles.PARTNER, "MINUSMA").get(ROOT + "/changes?size=500").then().statusCode(200)
                .body("items.cohortId", not(hasItem(-1)));
    }
}
