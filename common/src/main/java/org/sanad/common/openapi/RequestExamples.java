package org.sanad.common.openapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The example of each request body, kept beside the service that owns the operation as a classpath
 * resource named after the operation id: {@code META-INF/openapi-examples/openCohort.json} for a JSON
 * body ({@code application/json} or any {@code +json} type), {@code importEnrollments.csv} for
 * {@code text/csv}. A malformed JSON example throws: the service refuses to start, naming the file, so
 * every test of it fails. (When the build writes {@code target/openapi}, Quarkus catches what a filter
 * throws and stores the document unfiltered, which deploy/'s lint then refuses.)
 */
final class RequestExamples {

    static final String DIRECTORY = "META-INF/openapi-examples/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ClassLoader resources;

    RequestExamples(ClassLoader resources) {
        this.resources = resources;
    }

    /** Sets the example of each media type of the operation's body that has a file and no example yet. */
    void attach(Operation operation) {
        if (operation.getOperationId() == null || operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        operation.getRequestBody().getContent().getMediaTypes().forEach((name, mediaType) -> {
            if (mediaType.getExample() == null && mediaType.getExamples() == null) {
                example(operation.getOperationId(), name).ifPresent(mediaType::setExample);
            }
        });
    }

    /**
     * The example of one operation's body in one media type, as the document's JSON holds it: maps,
     * lists and scalars for JSON, the text itself for CSV.
     *
     * @throws IllegalStateException if the JSON file is not one well-formed JSON value
     */
    Optional<Object> example(String operationId, String mediaType) {
        return extension(mediaType).flatMap(extension -> {
            String resource = DIRECTORY + operationId + "." + extension;
            return text(resource).map(text -> extension.equals("json") ? parsed(resource, text) : text);
        });
    }

    /** The file extension of a media type's examples: {@code json} or {@code csv}; none for others. */
    static Optional<String> extension(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))) {
            return Optional.of("json");
        }
        return type.equals("text/csv") ? Optional.of("csv") : Optional.empty();
    }

    private Optional<String> text(String resource) {
        try (InputStream in = resources.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static Object parsed(String resource, String text) {
        Object value;
        try {
            value = JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The request example " + resource + " is not well-formed JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (value == null) {
            throw new IllegalStateException("The request example " + resource + " is null, not a body");
        }
        return value;
    }
}
