package org.sanad.common.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations a service's own OpenAPI document declares, and example bodies built from its schemas. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode document;

    OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode op) {
        List<String> roles = new ArrayList<>();
        op.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        List<Parameter> parameters = new ArrayList<>();
        op.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                resolve(p.path("schema")))));
        JsonNode content = op.path("requestBody").path("content");
        Optional<String> mediaType = Optional.empty();
        JsonNode bodySchema = null;
        if (content.isObject() && content.size() > 0) {
            String first = content.fieldNames().next();
            mediaType = Optional.of(content.has("application/json") ? "application/json" : first);
            bodySchema = resolve(content.path(mediaType.get()).path("schema"));
        }
        return new Operation(method, path, List.copyOf(roles), List.copyOf(parameters), mediaType, bodySchema);
    }

    /** Follows {@code $ref} (and a single-entry {@code allOf}/{@code anyOf} that wraps one). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current != null; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = document.at(ref.substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    /** A body that fills every declared property with its example, or a plausible value of its type. */
    JsonNode example(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s == null || s.isMissingNode()) {
            return JSON.textNode("x");
        }
        if (s.has("examples") && s.get("examples").size() > 0) {
            return s.get("examples").get(0);
        }
        if (s.has("example")) {
            return s.get("example");
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        String type = typeOf(s);
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth < 6) {
                    s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < 6) {
                    array.add(example(s.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return JSON.numberNode(s.has("minimum") ? s.get("minimum").asLong() : 1);
            }
            case "number" -> {
                return JSON.numberNode(s.has("minimum") ? s.get("minimum").asDouble() : 1.0);
            }
            case "boolean" -> {
                return JSON.booleanNode(false);
            }
            default -> {
                return JSON.textNode(switch (s.path("format").asText()) {
                    case "date" -> "2025-02-24";
                    case "date-time" -> "2025-02-24T09:00:00Z";
                    case "uuid" -> "0b9d6e1c-8f3a-4c62-9a51-3d2f7e4b1a90";
                    case "uri" -> "https://example.org/x";
                    default -> "X";
                });
            }
        }
    }

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, List<String> roles, List<Parameter> parameters,
            Optional<String> mediaType, JsonNode bodySchema) {

        String key() {
            return method + " " + path;
        }

        Optional<Parameter> parameter(String name) {
            return parameters.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
        }
    }
}
