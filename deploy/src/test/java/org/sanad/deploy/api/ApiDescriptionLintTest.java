package org.sanad.deploy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.deploy.identity.Repository;

/**
 * Spectral, with Sanad's ruleset ({@code deploy/third-party/spectral/ruleset.yaml}: {@code spectral:oas}
 * with one rule replaced, and why), lints the OpenAPI documents as the builds wrote them: each service's,
 * and the platform's the gateway serves. Any finding fails, hints included. That covers the request
 * examples too: {@code oas3-valid-media-example} checks each against its schema.
 */
class ApiDescriptionLintTest {

    static final List<Path> DOCUMENTS = List.of(
            Repository.ROOT.resolve("gateway/target/openapi/sanad.json"),
            Repository.ROOT.resolve("curriculum-service/target/openapi/curriculum-service.json"),
            Repository.ROOT.resolve("enrollment-service/target/openapi/enrollment-service.json"),
            Repository.ROOT.resolve("certification-service/target/openapi/certification-service.json"));
    private static final String RULESET = ThirdPartyTools.DIRECTORY.resolve("spectral/ruleset.yaml").toString();

    @BeforeAll
    static void installSpectral() {
        ThirdPartyTools.install();
    }

    @Test
    void everyDocumentPassesSpectralWithoutAFinding() {
        for (Path document : DOCUMENTS) {
            assertTrue(Files.exists(document), document + " is built by its module's package phase");
            ThirdPartyTools.Run lint = ThirdPartyTools.bin("spectral", "lint", "--ruleset", RULESET,
                    "--fail-severity", "hint", "--format", "text", document.toString());
            assertEquals(0, lint.exitCode(), document.getFileName() + ":\n" + lint.output());
        }
    }

    @Test
    void theRulesetStillCatchesARoleNoSchemeDeclares(@TempDir Path scratch) throws IOException {
        String platform = Files.readString(DOCUMENTS.get(0));
        String undeclared = platform.replaceFirst("\"bearer\" : \\[ \"admin\"", "\"bearer\" : [ \"superuser\"");
        assertTrue(!undeclared.equals(platform), "the document names roles as the test expects");
        Path document = Files.writeString(scratch.resolve("undeclared-role.json"), undeclared);

        ThirdPartyTools.Run lint = ThirdPartyTools.bin("spectral", "lint", "--ruleset", RULESET, "--format", "text",
                document.toString());

        assertEquals(1, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains("role \"superuser\" is not declared"), lint.output());
    }

    @Test
    void theRulesetStillCatchesAnExampleItsSchemaRefuses(@TempDir Path scratch) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode platform = json.readTree(DOCUMENTS.get(0).toFile());
        JsonNode logistics = platform.at("/paths/~1api~1enrollment~1cohorts/post/requestBody/content"
                + "/application~1json/example/logistics");
        assertTrue(logistics.has("capacity"), "the document has the cohort example the test expects");
        ((ObjectNode) logistics).put("capacity", "twenty");
        Path document = scratch.resolve("wrong-example.json");
        json.writeValue(document.toFile(), platform);

        ThirdPartyTools.Run lint = ThirdPartyTools.bin("spectral", "lint", "--ruleset", RULESET, "--format", "text",
                document.toString());

        assertEquals(1, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains("oas3-valid-media-example"), lint.output());
        assertTrue(lint.output().contains("capacity"), lint.output());
    }
}
