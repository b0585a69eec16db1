package org.sanad.gateway.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PlatformDocumentTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void holdsEveryOperationOfTheThreeServicesAsBuiltEachIdOnce() {
        JsonNode merged = document(PlatformDocument.MERGED);

        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (String service : PlatformDocument.SERVICES) {
            for (JsonNode item : document(service + ".json").path("paths")) {
                for (JsonNode operation : item) {
                    operations++;
                    assertTrue(ids.add(operation.path("operationId").asText()), operation.path("operationId").asText());
                }
            }
        }
        int mergedOperations = 0;
        for (JsonNode item : merged.path("paths")) {
            mergedOperations += item.size();
        }
        assertEquals(operations, mergedOperations);
        assertEquals("Sanad", merged.path("info").path("title").asText());
        assertTrue(merged.path("components").path("schemas").has("PageCohortSummary"));
        assertTrue(merged.path("components").path("schemas").has("ModuleVersion"));
    }

    @Test
    void refusesTwoServicesNamingTheSameSchemaForDifferentThings() {
        ObjectNode curriculum = minimal("/api/curriculum/a", "StatusChange", "status");
        ObjectNode certification = minimal("/api/certification/b", "StatusChange", "reason");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PlatformDocument.merge(mapper, List.of(curriculum, certification)));
        assertTrue(refused.getMessage().contains("'StatusChange'"), refused.getMessage());
    }

    @Test
    void keepsOneCopyOfASchemaTwoServicesDefineAlike() {
        JsonNode merged = PlatformDocument.merge(mapper, List.of(
                minimal("/api/curriculum/a", "Problem", "status"), minimal("/api/certification/b", "Problem", "status")));

        assertEquals(2, merged.path("paths").size());
        assertEquals(1, merged.path("components").path("schemas").size());
    }

    @Test
    void refusesTwoServicesDocumentingTheSamePath() {
        assertThrows(IllegalStateException.class, () -> PlatformDocument.merge(mapper, List.of(
                minimal("/verify/{code}", "A", "a"), minimal("/verify/{code}", "B", "b"))));
    }

    private ObjectNode minimal(String path, String schema, String property) {
        ObjectNode document = mapper.createObjectNode().put("openapi", "3.1.0");
        document.putObject("info").put("title", "test").put("version", "1");
        document.putObject("paths").putObject(path).putObject("get").put("operationId", "get" + schema + path.length());
        document.putObject("components").putObject("schemas").putObject(schema)
                .putObject("properties").putObject(property).put("type", "string");
        return document;
    }

    /** A document as the build left it on the classpath. */
    private JsonNode document(String file) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PlatformDocument.DIRECTORY + file)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
