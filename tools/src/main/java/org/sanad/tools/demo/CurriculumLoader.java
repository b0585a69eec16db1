package org.sanad.tools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sanad.tools.demo.Gateway.Answer;

/**
 * The demo curriculum: every module in {@code curriculum/modules/*.json}, then every programme in
 * {@code curriculum/programmes/*.json}, each created unless its code exists and its version 1 published.
 * A version 1 left in DRAFT or IN_REVIEW by an interrupted run is published only if this loader's
 * subject wrote it: someone else's draft is not ours to publish.
 */
final class CurriculumLoader {

    private final Gateway gateway;
    private final String loader;
    private final ObjectMapper json = new ObjectMapper();
    private int created;
    private int finished;
    private int present;

    CurriculumLoader(Gateway gateway, String loader) {
        this.gateway = gateway;
        this.loader = loader;
    }

    void load(Path demo) throws IOException {
        List<Path> modules = DemoFiles.json(demo.resolve("curriculum/modules"));
        List<Path> programmes = DemoFiles.json(demo.resolve("curriculum/programmes"));
        if (modules.isEmpty()) {
            throw new LoadFailed("no module files under " + demo.resolve("curriculum/modules"));
        }
        for (Path file : modules) {
            load("modules", "module", file);
        }
        for (Path file : programmes) {
            load("programmes", "programme", file);
        }
        System.out.printf("Done: %d modules and %d programmes; %d created, %d finished publishing, %d already present.%n",
                modules.size(), programmes.size(), created, finished, present);
    }

    private void load(String kind, String label, Path file) throws IOException {
        String code = file.getFileName().toString().replaceFirst("\\.json$", "");
        String content = Files.readString(file);
        String declared = json.readTree(content).path("code").asText();
        if (!declared.equals(code)) {
            throw new LoadFailed(file + " declares code '" + declared + "'; it must be named after its code (" + declared + ".json)");
        }
        String path = "/api/curriculum/" + kind + "/" + code;
        if (gateway.get(path, 200, 404).status() == 404) {
            gateway.send("POST", "/api/curriculum/" + kind, content, null, 201);
            publish(path);
            System.out.printf("%-9s %-32s created, v1 published%n", label, code);
            created++;
            return;
        }
        String outcome = publish(path);
        if (outcome.startsWith("v1 published")) {
            System.out.printf("%-9s %-32s already present, %s%n", label, code, outcome);
            finished++;
        } else {
            System.out.printf("%-9s %-32s already present (%s)%n", label, code, outcome);
            present++;
        }
    }

    /** Moves version 1 on to PUBLISHED from wherever it stands; says what it did. */
    private String publish(String path) {
        String version = path + "/versions/1";
        Answer read = gateway.get(version, 200);
        String status = read.json().path("status").asText();
        if (status.equals("PUBLISHED") || status.equals("RETIRED")) {
            return "v1 " + status;
        }
        String author = read.json().path("createdBy").asText();
        if (!author.equals(loader)) {
            return "v1 " + status + ", written by " + (author.isEmpty() ? "someone else" : author) + ", not by " + loader + ": left alone";
        }
        String etag = read.etag().orElseThrow(() -> new LoadFailed("GET " + version + " returned no ETag"));
        if (status.equals("DRAFT")) {
            etag = gateway.send("POST", version + "/status", "{\"status\":\"IN_REVIEW\"}", etag, 200).etag()
                    .orElseThrow(() -> new LoadFailed("POST " + version + "/status returned no ETag"));
        }
        JsonNode published = gateway.send("POST", version + "/status", "{\"status\":\"PUBLISHED\"}", etag, 200).json();
        if (!published.path("status").asText().equals("PUBLISHED")) {
            throw new LoadFailed("POST " + version + "/status answered 200 but the version is not PUBLISHED: " + published);
        }
        return "v1 published (was " + status + ")";
    }
}
