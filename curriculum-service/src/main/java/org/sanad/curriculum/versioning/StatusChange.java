package org.sanad.curriculum.versioning;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VersionStatusChange", description = "Moves a version along its lifecycle: DRAFT → IN_REVIEW → PUBLISHED → RETIRED, "
        + "or IN_REVIEW → DRAFT when changes are requested")
public record StatusChange(@NotNull @Schema(example = "IN_REVIEW") VersionStatus status) {
}
