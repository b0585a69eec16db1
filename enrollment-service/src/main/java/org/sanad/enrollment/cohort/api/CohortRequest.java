package org.sanad.enrollment.cohort.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.common.contract.PersonLimits;
import org.sanad.common.contract.TrainingLimits;

/** A new cohort: which published programme version it delivers, and where, when and to how many. */
@Schema(name = "CohortRequest")
public record CohortRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,59}", message = "capitals, digits and '-', at most 60")
        @Schema(example = "TOT-MIGRATION-2025-RABAT") String code,
        @NotNull @Valid ProgrammeRef programme,
        @Pattern(regexp = PersonLimits.INSTITUTION_CODE) @Schema(description = "The registrar's own institution when absent",
                example = "DGSN") String hostInstitution,
        @Valid Logistics logistics) {

    @Schema(name = "ProgrammeRef")
    public record ProgrammeRef(@NotBlank @Schema(example = "TOT-MIGRATION") String code, @Min(1) @Schema(example = "1") int version) {
    }

    /** What can still change after the cohort is created. */
    @Schema(name = "CohortLogistics")
    public record Logistics(
            @Size(max = 20) @Schema(example = "[\"CNDH\"]") List<@NotNull @Pattern(regexp = PersonLimits.INSTITUTION_CODE) String> partnerInstitutions,
            @NotBlank @Size(max = PersonLimits.LOCATION) @Schema(example = "CNDH headquarters, Rabat") String location,
            @NotNull @Schema(example = "2025-02-24") LocalDate startDate,
            @NotNull @Schema(example = "2025-02-26") LocalDate endDate,
            @NotEmpty @Size(max = 366) List<@NotNull LocalDate> sessionDays,
            @Min(1) @Max(10000) @Schema(example = "20") int capacity,
            @Size(max = 50) @Schema(description = "Participant ids of the certified trainers who teach it") List<@NotNull Long> trainers,
            @NotBlank @Size(max = TrainingLimits.LANGUAGE) @Schema(example = "fr") String language) {
    }
}
