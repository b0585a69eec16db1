package org.sanad.curriculum.standards.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OperationalDomain", description = "An area of police work a module trains for")
public record DomainView(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_]{0,59}", message = "capitals, digits and '_', at most 60")
        @Schema(example = "CUSTODY_SAFEGUARDS") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Custody safeguards") String title) {
}
