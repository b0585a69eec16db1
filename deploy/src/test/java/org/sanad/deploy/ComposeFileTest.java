package org.sanad.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The one-machine deployment (deploy/compose) as Docker Compose reads it, anchors merged: every
 * container is health-checked, restarted, memory-limited; the platform's own run read-only without
 * capabilities; data lives in volumes; and every value it interpolates is declared in .env.example,
 * where no secret has a value.
 */
class ComposeFileTest {

    private static final Path COMPOSE = RenderedManifests.KUBERNETES.getParent().resolve("compose");
    private static final List<String> PLATFORM = List.of("curriculum-service", "enrollment-service", "certification-service", "gateway");

    @Test
    @SuppressWarnings("unchecked")
    void everyContainerIsCheckedRestartedAndLimited() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE.resolve("compose.yaml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertEquals(Set.of("postgres", "keycloak", "curriculum-service", "enrollment-service", "certification-service", "gateway"),
                services.keySet());
        services.forEach((name, service) -> {
            assertNotNull(service.get("healthcheck"), name + " health check");
            assertEquals("unless-stopped", service.get("restart"), name + " restart policy");
            assertNotNull(service.get("mem_limit"), name + " memory limit");
            assertTrue(String.valueOf(service.get("image")).matches("[^:]+:[\\w][\\w.-]*") && !String.valueOf(service.get("image")).endsWith(":latest"),
                    name + " pinned image");
        });
        for (String name : PLATFORM) {
            Map<String, Object> service = services.get(name);
            assertEquals(Boolean.TRUE, service.get("read_only"), name + " read-only");
            assertEquals(List.of("ALL"), service.get("cap_drop"), name);
            assertTrue(((List<String>) service.get("security_opt")).contains("no-new-privileges:true"), name);
            assertEquals("8080", ((Map<String, Object>) service.get("environment")).get("QUARKUS_HTTP_PORT"), name + " shares the service settings");
        }
        assertEquals(List.of("8080:8080"), services.get("gateway").get("ports"), "only the gateway publishes a port");
        services.entrySet().stream().filter(e -> !e.getKey().equals("gateway"))
                .forEach(e -> assertTrue(e.getValue().get("ports") == null, e.getKey() + " publishes no port"));
        assertTrue(((List<String>) services.get("postgres").get("volumes")).stream().anyMatch(v -> v.startsWith("postgres-data:")),
                "the data outlives the container");
    }

    @Test
    void everyInterpolatedValueIsDeclaredAndNoSecretIsCommitted() throws IOException {
        Set<String> used = new HashSet<>();
        Matcher variable = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[?-][^}]*)?}").matcher(Files.readString(COMPOSE.resolve("compose.yaml")));
        while (variable.find()) {
            used.add(variable.group(1));
        }
        Set<String> declared = new HashSet<>();
        for (String line : Files.readAllLines(COMPOSE.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] pair = line.split("=", 2);
                declared.add(pair[0]);
                if (pair[0].matches(".*(PASSWORD|SECRET).*")) {
                    assertEquals("", pair[1], pair[0] + " has no value in the repository");
                }
            }
        }
        assertEquals(used, declared, ".env.example declares exactly what compose.yaml uses");
    }
}
