package org.sanad.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: where it is and why it was refused. */
@Schema(name = "FieldViolation")
public record FieldViolation(
        @Schema(example = "objectives[0].alignments") String field,
        @Schema(example = "must not be empty") String message) {
}
