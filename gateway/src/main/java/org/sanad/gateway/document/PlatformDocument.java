package org.sanad.gateway.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Builds the OpenAPI document of the whole platform: the services' documents as their builds wrote them,
 * merged into one, so that one client can be generated for every operation behind the gateway. The
 * gateway's build runs it ({@code exec-maven-plugin}, see its pom) and {@link PlatformDocumentRoute} serves
 * the result.
 *
 * <p>The services' paths never overlap (each lives under its own prefix), and a component two services
 * both define must be the same in both; either mistake fails the build rather than giving a document in
 * which one service's schema silently replaces another's.
 */
public final class PlatformDocument {

    /** Where the build puts the services' documents and the merged one, on the gateway's classpath. */
    static final String DIRECTORY = "META-INF/openapi-services/";
    static final String MERGED = "sanad.json";
    static final List<String> SERVICES = List.of("curriculum-service", "enrollment-service", "certification-service");
    static final String DESCRIPTION = "Human-rights training for police, and the certificates of the trainers it produces: "
            + "the curriculum (standards, modules, programmes), cohorts, enrollments and results, and certificates "
            + "anyone can verify. Every path is the gateway's. Each service's own document is at "
            + "`/openapi/curriculum`, `/openapi/enrollment` and `/openapi/certification`.";

    private PlatformDocument() {
    }

    /**
     * @param args the directory holding {@code <service>.json} for each service, then each file to write
     *        the merged document to
     */
    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Path directory = Path.of(args[0]);
        List<ObjectNode> documents = new ArrayList<>();
        for (String service : SERVICES) {
            Path document = directory.resolve(service + ".json");
            if (!Files.exists(document)) {
                throw new IllegalStateException(document + " is missing: build the services before the gateway");
            }
            documents.add((ObjectNode) mapper.readTree(document.toFile()));
        }
        byte[] merged = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(merge(mapper, documents));
        for (int i = 1; i < args.length; i++) {
            Path out = Path.of(args[i]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, merged);
        }
    }

    static ObjectNode merge(ObjectMapper mapper, List<ObjectNode> documents) {
        ObjectNode first = documents.get(0);
        ObjectNode merged = mapper.createObjectNode();
        merged.set("openapi", first.get("openapi"));
        ObjectNode info = first.get("info").deepCopy();
        info.put("title", "Sanad");
        info.put("description", DESCRIPTION);
        merged.set("info", info);
        merged.set("servers", first.get("servers"));
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Set<String> tagNames = new HashSet<>();
        for (ObjectNode document : documents) {
            String service = document.path("info").path("title").asText();
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
            addEach(paths, document.path("paths"), (path, ignored) -> {
                throw new IllegalStateException(service + " documents " + path + ", which another service documents too");
            });
            Iterator<Map.Entry<String, JsonNode>> sections = document.path("components").fields();
            while (sections.hasNext()) {
                Map.Entry<String, JsonNode> section = sections.next();
                ObjectNode into = components.has(section.getKey())
                        ? (ObjectNode) components.get(section.getKey()) : components.putObject(section.getKey());
                addEach(into, section.getValue(), (name, existing) -> {
                    if (!existing.equals(section.getValue().get(name))) {
                        throw new IllegalStateException(service + " defines " + section.getKey() + " '" + name
                                + "' differently from another service: name one of them otherwise");
                    }
                });
            }
        }
        return merged;
    }

    /** Copies each field of {@code from} into {@code into}; a name already there goes to {@code collision}. */
    private static void addEach(ObjectNode into, JsonNode from, BiConsumer<String, JsonNode> collision) {
        Iterator<Map.Entry<String, JsonNode>> entries = from.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode existing = into.get(entry.getKey());
            if (existing == null) {
                into.set(entry.getKey(), entry.getValue());
            } else {
                collision.accept(entry.getKey(), existing);
            }
        }
    }
}
