package org.sanad.curriculum.standards.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewStandardsProfile")
public record NewProfile(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,59}", message = "capitals, digits and '-', at most 60")
        @Schema(example = "GARDE-A-VUE-OFFICERS") String code,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) String description,
        @NotEmpty @Size(max = 1000) @Schema(example = "[\"UNCAT-11\", \"ICCPR-9\"]") List<@NotBlank String> provisions) {
}
