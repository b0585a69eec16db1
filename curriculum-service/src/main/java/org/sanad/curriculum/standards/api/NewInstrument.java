package org.sanad.curriculum.standards.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.curriculum.standards.InstrumentKind;

@Schema(name = "NewInstrument", description = "An instrument to add to the catalog, e.g. a national code of criminal procedure")
public record NewInstrument(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "capitals, digits and '-', at most 40")
        @Schema(example = "MA-CPP") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Moroccan Code of Criminal Procedure") String title,
        @NotNull InstrumentKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "Parliament of Morocco") String adoptingBody,
        @Min(1800) @Max(2200) @Schema(example = "2002") int year,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {
}
