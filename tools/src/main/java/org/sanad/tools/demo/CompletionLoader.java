package org.sanad.tools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.sanad.tools.demo.Gateway.Answer;

/**
 * Runs the demo's training of trainers to its end: the Rabat migration ToT starts, attendance and
 * module scores are recorded for its participants, and it completes. enrollment-service then
 * delivers the completions to certification-service, which issues the trainer certificates. Two
 * participants do not meet the programme's rules: one missed two of the three days, one scored
 * below a module's minimum. A cohort that has already started is left alone.
 */
final class CompletionLoader {

    static final String COHORT = "TOT-MIGRATION-2025-RABAT";
    private static final List<String> DAYS = List.of("2025-02-24", "2025-02-25", "2025-02-26");
    private static final List<String> MODULES =
            List.of("MIGRANT-RIGHTS", "MIGRATION-FRAMEWORKS", "TREATY-BODY-ENGAGEMENT", "MIGRATION-CASES");
    private static final int ABSENT_TWO_DAYS = 5;
    private static final int BELOW_MINIMUM = 12;
    private static final int PARTICIPANTS = 20;

    private final Gateway gateway;

    CompletionLoader(Gateway gateway) {
        this.gateway = gateway;
    }

    void load() {
        JsonNode items = gateway.get("/api/enrollment/cohorts?code=" + COHORT, 200).json().path("items");
        if (items.isEmpty()) {
            throw new LoadFailed("cohort " + COHORT + " is not loaded (load the cohorts first)");
        }
        long cohort = items.get(0).path("id").asLong();
        String status = items.get(0).path("status").asText();
        switch (status) {
            case "PLANNED" -> move(cohort, "OPEN");
            case "OPEN" -> {
                // ready to start
            }
            default -> {
                System.out.printf("cohort    %-32s already %s%n", COHORT, status);
                return;
            }
        }
        List<Long> enrollments = new ArrayList<>();
        gateway.get("/api/enrollment/cohorts/" + cohort + "/enrollments?size=" + PARTICIPANTS, 200).json().path("items")
                .forEach(enrollment -> enrollments.add(enrollment.path("id").asLong()));
        if (enrollments.isEmpty()) {
            throw new LoadFailed("cohort " + COHORT + " has no enrollments");
        }
        move(cohort, "IN_PROGRESS");
        for (int day = 0; day < DAYS.size(); day++) {
            StringJoiner marks = new StringJoiner(",", "[", "]");
            for (int i = 0; i < enrollments.size(); i++) {
                boolean present = i != ABSENT_TWO_DAYS || day == 0;
                marks.add("{\"enrollmentId\":" + enrollments.get(i) + ",\"present\":" + present + "}");
            }
            gateway.send("PUT", "/api/enrollment/cohorts/" + cohort + "/attendance/" + DAYS.get(day), marks.toString(), null, 200);
        }
        for (int module = 0; module < MODULES.size(); module++) {
            StringJoiner marks = new StringJoiner(",", "[", "]");
            for (int i = 0; i < enrollments.size(); i++) {
                boolean belowMinimum = i == BELOW_MINIMUM && module == 3;
                int score = belowMinimum ? 64 : 76 + (i * 7 + module * 5) % 22;
                marks.add("{\"enrollmentId\":" + enrollments.get(i) + ",\"score\":" + score + "}");
            }
            gateway.send("PUT", "/api/enrollment/cohorts/" + cohort + "/assessments/" + MODULES.get(module), marks.toString(), null, 200);
        }
        move(cohort, "COMPLETED");
        System.out.printf("cohort    %-32s completed: %d participants assessed; certificates follow from the outbox%n",
                COHORT, enrollments.size());
    }

    private void move(long cohort, String status) {
        Answer read = gateway.get("/api/enrollment/cohorts/" + cohort, 200);
        String etag = read.etag().orElseThrow(() -> new LoadFailed("GET /api/enrollment/cohorts/" + cohort + " returned no ETag"));
        gateway.send("POST", "/api/enrollment/cohorts/" + cohort + "/status", "{\"status\":\"" + status + "\"}", etag, 200);
    }
}
