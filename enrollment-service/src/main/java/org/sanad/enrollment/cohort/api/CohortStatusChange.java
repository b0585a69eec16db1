package org.sanad.enrollment.cohort.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.enrollment.cohort.CohortStatus;

@Schema(name = "CohortStatusChange")
public record CohortStatusChange(@NotNull CohortStatus status,
        @Size(max = 1000) @Schema(example = "Venue unavailable; rescheduled as a new cohort") String reason) {
}
