package org.sanad.deploy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * and the platform's the gateway serves. Any finding fails, hints included.
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
}
