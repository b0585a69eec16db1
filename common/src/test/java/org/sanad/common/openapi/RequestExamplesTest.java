package org.sanad.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class RequestExamplesTest {

    @TempDir
    Path classpath;

    @Test
    void attachesEachMediaTypeTheExampleOfItsKind() throws IOException {
        write("openCohort.json", """
                {"code": "TOT-MIGRATION-2025-RABAT", "programme": {"code": "TOT-MIGRATION", "version": 1}}""");
        write("importEnrollments.csv", "given_name,family_name\nSalma,El Amrani\n");
        Operation operation = OASFactory.createOperation().operationId("openCohort").requestBody(
                OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())
                        .addMediaType("application/merge-patch+json", OASFactory.createMediaType())
                        .addMediaType("text/csv", OASFactory.createMediaType())
                        .addMediaType("text/plain", OASFactory.createMediaType())));

        examples().attach(operation);

        var content = operation.getRequestBody().getContent();
        Map<String, Object> expected = Map.of("code", "TOT-MIGRATION-2025-RABAT",
                "programme", Map.of("code", "TOT-MIGRATION", "version", 1));
        assertEquals(expected, content.getMediaType("application/json").getExample());
        assertEquals(expected, content.getMediaType("application/merge-patch+json").getExample());
        assertNull(content.getMediaType("text/csv").getExample(), "the CSV file is another operation's");
        assertNull(content.getMediaType("text/plain").getExample(), "no file kind for plain text");
    }

    @Test
    void readsCsvAsTheTextItIs() throws IOException {
        write("importEnrollments.csv", "given_name,family_name\nSalma,El Amrani\n");

        assertEquals(Optional.of("given_name,family_name\nSalma,El Amrani\n"),
                examples().example("importEnrollments", "text/csv; charset=UTF-8"));
    }

    @Test
    void keepsAnExampleTheResourceAlreadyGives() throws IOException {
        write("moveCohort.json", "{\"status\": \"OPEN\"}");
        var mediaType = OASFactory.createMediaType().example(List.of("given"));
        Operation operation = OASFactory.createOperation().operationId("moveCohort").requestBody(
                OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType("application/json", mediaType)));

        examples().attach(operation);

        assertEquals(List.of("given"), mediaType.getExample());
    }

    @Test
    void anOperationWithoutAFileHasNoExample() {
        assertEquals(Optional.empty(), examples().example("listCohorts", "application/json"));
    }

    @Test
    void refusesAMalformedJsonExampleNamingItsFile() throws IOException {
        for (String malformed : List.of("{\"status\": \"OPEN\",}", "{\"status\": \"OPEN\"} {}", "{\"a\": 1, \"a\": 2}", "", "null")) {
            write("moveCohort.json", malformed);

            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> examples().example("moveCohort", "application/json"), malformed);

            assertTrue(refused.getMessage().contains("META-INF/openapi-examples/moveCohort.json"), refused.getMessage());
        }
    }

    private RequestExamples examples() {
        try {
            return new RequestExamples(new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String name, String text) throws IOException {
        Path file = classpath.resolve(RequestExamples.DIRECTORY).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
