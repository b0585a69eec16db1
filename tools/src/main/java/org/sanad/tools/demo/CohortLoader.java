package org.sanad.tools.demo;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sanad.tools.demo.Gateway.Answer;

/**
 * The demo cohorts ({@code enrollment/cohorts/*.json}) and their participants
 * ({@code enrollment/participants/CODE.csv}). A cohort whose code exists is left alone, and a list is
 * imported only into a cohort that has no enrollment yet. Needs the curriculum: a cohort pins a
 * published programme version.
 */
final class CohortLoader {

    private final Gateway gateway;

    CohortLoader(Gateway gateway) {
        this.gateway = gateway;
    }

    void load(Path demo) throws IOException {
        for (Path file : DemoFiles.json(demo.resolve("enrollment/cohorts"))) {
            String code = file.getFileName().toString().replaceFirst("\\.json$", "");
            Answer found = gateway.get("/api/enrollment/cohorts?code=" + code, 200);
            long id;
            String what;
            if (found.json().path("items").isEmpty()) {
                id = gateway.send("POST", "/api/enrollment/cohorts", Files.readString(file), null, 201).json().path("id").asLong();
                what = "created";
            } else {
                id = found.json().path("items").get(0).path("id").asLong();
                what = "already present";
            }
            Path list = demo.resolve("enrollment/participants/" + code + ".csv");
            String enrollments = "/api/enrollment/cohorts/" + id + "/enrollments";
            if (Files.exists(list) && gateway.get(enrollments + "?size=1", 200).json().path("items").isEmpty()) {
                Answer imported = gateway.send("POST", enrollments + "/import", HttpRequest.BodyPublishers.ofFile(list),
                        "text/csv; charset=UTF-8", null, 200);
                what += ", participants imported: " + imported.text();
            }
            System.out.printf("cohort    %-32s %s%n", code, what);
        }
    }
}
