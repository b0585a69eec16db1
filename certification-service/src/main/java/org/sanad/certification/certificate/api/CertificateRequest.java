package org.sanad.certification.certificate.api;

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
import org.sanad.certification.language.Language;
import org.sanad.common.contract.CoveredStandard;
import org.sanad.common.contract.PersonLimits;

/** An admin's record of a training the platform did not run, e.g. a training of trainers held before it existed. */
@Schema(name = "CertificateRequest")
public record CertificateRequest(
        @Valid @NotNull Holder holder,
        @Valid @NotNull Programme programme,
        @Valid @NotNull Training training,
        @NotEmpty @Size(max = 10) @Schema(example = "[\"DGSN\", \"CNDH\"]")
        List<@NotBlank @Pattern(regexp = INSTITUTION) String> issuingInstitutions,
        @Schema(description = "The enrollment this certifies, when the training was recorded in enrollment-service")
        Long enrollmentId) {

    public static final String INSTITUTION = "[A-Z][A-Z0-9-]{1,39}";

    @Schema(name = "CertificateHolder")
    public record Holder(
            @NotBlank @Size(max = PersonLimits.GIVEN_NAME) @Schema(example = "Fatima Zahra") String givenName,
            @NotBlank @Size(max = PersonLimits.FAMILY_NAME) @Schema(example = "El Amrani") String familyName,
            @NotBlank @Pattern(regexp = INSTITUTION) @Schema(example = "DGSN") String institution,
            @Size(max = PersonLimits.SERVICE_NUMBER) String serviceNumber,
            @Size(max = PersonLimits.ACCOUNT) @Schema(description = "The holder's token subject, so they can read their own certificates") String account,
            Long participantId,
            @Pattern(regexp = Language.TAGS) @Schema(description = "Language of the printed certificate: en, fr or ar; "
                    + "English if none", example = "ar") String language) {
    }

    @Schema(name = "CertifiedProgramme")
    public record Programme(
            @NotBlank @Size(max = 80) @Schema(example = "TOT-MIGRATION") String code,
            @Min(1) int version,
            @NotBlank @Size(max = 300) String title,
            @NotNull @Pattern(regexp = "TRAINER|PARTICIPATION") @Schema(example = "TRAINER") String kind,
            @Min(1) @Max(240) @Schema(example = "36") Integer validityMonths,
            @NotNull @Size(max = 500) List<@Valid @NotNull CoveredStandard> standards) {
    }

    @Schema(name = "CertifiedTraining")
    public record Training(
            @Size(max = 80) @Schema(example = "TOT-MIGRATION-2019-RABAT") String cohortCode,
            @NotBlank @Size(max = PersonLimits.LOCATION) @Schema(example = "Kénitra, Institut Royal de Police") String location,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Size(max = 50) List<@NotNull Long> trainerIds) {
    }
}
