package org.sanad.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The request bodies a service's served OpenAPI document ({@code /q/openapi}) describes in JSON or
 * CSV, each with the example the document gives for it, so tests can send every example the way a
 * client copying it from the document would.
 */
public final class DocumentedExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final List<Example> bodies;

    private DocumentedExamples(List<Example> bodies) {
        this.bodies = bodies;
    }

    /** Reads the document the service under test serves. */
    public static DocumentedExamples served() {
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        try {
            return of(JSON.readTree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("/q/openapi is not JSON", e);
        }
    }

    private static DocumentedExamples of(JsonNode document) {
        List<Example> bodies = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(operation -> METHODS.contains(operation.getKey()))
                .forEach(operation -> operation.getValue().path("requestBody").path("content").properties().stream()
                        .filter(mediaType -> jsonOrCsv(mediaType.getKey()))
                        .forEach(mediaType -> bodies.add(new Example(operation.getValue().path("operationId").asText(),
                                operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), mediaType.getKey(),
                                mediaType.getValue().get("example"))))));
        return new DocumentedExamples(List.copyOf(bodies));
    }

    /** Every JSON or CSV request body in the document, documented or not. */
    public List<Example> bodies() {
        return bodies;
    }

    /** The bodies the document gives an example of. */
    public List<Example> documented() {
        return bodies.stream().filter(Example::documented).toList();
    }

    /** The documented example of an operation's body, for a test that builds the state another one needs. */
    public Example example(String operationId) {
        return documented().stream().filter(body -> body.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The document gives no example of " + operationId));
    }

    private static boolean jsonOrCsv(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))
                || type.equals("text/csv");
    }

    /** A request body as the document describes it; {@code value} is its example, null when it has none. */
    public record Example(String operationId, String method, String path, String mediaType, JsonNode value) {

        public boolean documented() {
            return value != null && !value.isNull();
        }

        /**
         * This example with one value replaced, for what the example can only name and a test must
         * create first (an id, a code that must be new): {@code with("/modules/0/module", code)}.
         */
        public Example with(String pointer, Object replacement) {
            JsonNode copy = value.deepCopy();
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = copy.at(at.head());
            JsonNode node = JSON.valueToTree(replacement);
            if (parent instanceof ObjectNode object && object.has(at.last().getMatchingProperty())) {
                object.set(at.last().getMatchingProperty(), node);
            } else if (parent instanceof ArrayNode array && at.last().getMatchingIndex() >= 0
                    && at.last().getMatchingIndex() < array.size()) {
                array.set(at.last().getMatchingIndex(), node);
            } else {
                throw new IllegalArgumentException(operationId + "'s example has nothing at " + pointer + " to replace");
            }
            return new Example(operationId, method, path, mediaType, copy);
        }

        /** The body as sent: the JSON, or the text of a CSV example. */
        public String body() {
            return value.isTextual() ? value.asText() : value.toString();
        }

        /**
         * Sends the example to its operation as the caller, filling the path's parameters in order, and
         * asserts it was accepted (2xx).
         */
        public ValidatableResponse sendAs(RequestSpecification caller, Object... pathParameters) {
            String contentType = mediaType.startsWith("text/") ? mediaType + "; charset=UTF-8" : mediaType;
            Response response = caller.contentType(contentType).body(body()).request(method, path, pathParameters);
            assertThat(method + " " + path + " refused the example of " + operationId + ": " + response.asString(),
                    response.statusCode(), allOf(greaterThanOrEqualTo(200), lessThan(300)));
            return response.then();
        }
    }
}
