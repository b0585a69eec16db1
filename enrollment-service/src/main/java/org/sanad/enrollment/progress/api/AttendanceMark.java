package org.sanad.enrollment.progress.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceMark")
public record AttendanceMark(@NotNull @Schema(example = "1051") Long enrollmentId, @NotNull @Schema(example = "true") Boolean present) {
}
