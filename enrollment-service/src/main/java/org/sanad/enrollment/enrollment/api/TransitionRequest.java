package org.sanad.enrollment.enrollment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.enrollment.enrollment.EnrollmentStatus;

@Schema(name = "TransitionRequest")
public record TransitionRequest(
        @NotNull @Schema(description = "CONFIRMED, ATTENDING, WITHDRAWN or NO_SHOW", example = "WITHDRAWN") EnrollmentStatus status,
        @Size(max = 1000) @Schema(example = "Recalled to operational duty") String reason) {
}
