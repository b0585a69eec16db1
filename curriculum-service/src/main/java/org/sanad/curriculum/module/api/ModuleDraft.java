package org.sanad.curriculum.module.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.common.contract.TrainingLimits;
import org.sanad.curriculum.module.Track;

/**
 * The content of a module version as an author writes it. {@code code} names the module when it is
 * created; on later writes it may be left out, and must match when given.
 */
@Schema(name = "ModuleDraft")
public record ModuleDraft(
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "capitals, digits and '-', at most 40")
        @Schema(example = "ARREST") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Arrest: lawful grounds, information and safeguards") String title,
        @NotBlank @Size(max = 10000) String summary,
        @NotNull Track track,
        @NotBlank @Schema(example = "ARREST") String domain,
        @NotNull @DecimalMin(TrainingLimits.MIN_MODULE_HOURS) @DecimalMax(TrainingLimits.MAX_MODULE_HOURS)
        @Digits(integer = 4, fraction = TrainingLimits.HOURS_FRACTION_DIGITS) @Schema(example = "12") BigDecimal durationHours,
        @NotEmpty @Size(max = 10) @Schema(example = "[\"ar\", \"fr\"]")
        List<@Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "a language tag such as ar, fr or en") String> languages,
        @NotBlank @Size(max = 500) @Schema(example = "Practical exercise on a simulated arrest, scored by two trainers") String assessmentMethod,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid ObjectiveDraft> objectives) {

    @Schema(name = "ObjectiveDraft")
    public record ObjectiveDraft(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,39}", message = "letters, digits, '.' and '-', at most 40")
            @Schema(example = "O1") String code,
            @NotBlank @Size(max = 2000)
            @Schema(example = "Inform the arrested person promptly of the reasons for arrest and of any charges") String text,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid AlignmentDraft> alignments) {
    }

    @Schema(name = "AlignmentDraft")
    public record AlignmentDraft(
            @NotBlank @Schema(example = "ICCPR-9") String provision,
            @Size(max = 2000) @Schema(example = "Art. 9(2): reasons at the time of arrest, in a language the person understands") String note) {
    }
}
