package org.sanad.curriculum.standards.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewProvision", description = "A provision to add to an instrument; its code starts with the instrument's code")
public record NewProvision(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{0,59}", message = "capitals, digits, '.' and '-', at most 60")
        @Schema(example = "MA-CPP-66") String code,
        @NotBlank @Size(max = 40) @Schema(example = "66") String number,
        @NotBlank @Size(max = 300) @Schema(example = "Rights of a person placed in garde à vue") String shortTitle,
        @NotBlank @Size(max = 5000) String summary,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {
}
