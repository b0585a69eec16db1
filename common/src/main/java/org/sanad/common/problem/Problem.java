package org.sanad.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, the one shape of every error Sanad answers.
 *
 * @param type identifies the kind of problem; {@code about:blank} when the HTTP status says it all
 * @param title short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong in this occurrence, for a person to read
 * @param instance the request path the problem occurred on
 * @param requestId the {@code X-Request-Id} of the request, to find it in the logs
 * @param errors one entry per invalid field, for validation problems
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(example = "urn:sanad:problem:validation") URI type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid") String detail,
        @Schema(example = "/api/curriculum/modules") String instance,
        @Schema(example = "6f1c1d4e-7b1a-4a0e-9f57-3c1c2b0b8a11") String requestId,
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withContext(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }
}
