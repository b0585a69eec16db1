package org.sanad.common.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What enrollment-service sends when an officer completes a cohort, and what certification-service
 * issues the certificate from. Both services use this one type and its limits, which are at least as
 * wide as every column enrollment-service stores (its contract test checks that), so a completion
 * enrollment accepts is never refused downstream.
 */
@Schema(name = "CompletionEvent", description = "An enrollment completed; certification-service issues the certificate the programme grants")
public record CompletionEvent(
        @NotNull UUID eventId,
        @Schema(example = TYPE) String type,
        OffsetDateTime occurredAt,
        @NotNull Long enrollmentId,
        @Valid @NotNull Participant participant,
        @Valid @NotNull Cohort cohort,
        @Valid @NotNull Programme programme,
        @Valid Result result) {

    public static final String TYPE = "enrollment.completed";

    @Schema(name = "CompletionParticipant")
    public record Participant(
            Long id,
            @NotBlank @Size(max = PersonLimits.GIVEN_NAME) String givenName,
            @NotBlank @Size(max = PersonLimits.FAMILY_NAME) String familyName,
            @NotBlank @Size(max = PersonLimits.INSTITUTION) String institution,
            @Size(max = PersonLimits.SERVICE_NUMBER) String serviceNumber,
            @Size(max = PersonLimits.ACCOUNT) String account) {
    }

    @Schema(name = "CompletionCohort")
    public record Cohort(
            Long id,
            @NotBlank @Size(max = TrainingLimits.CODE) String code,
            @NotBlank @Size(max = PersonLimits.INSTITUTION) String hostInstitution,
            List<@NotBlank @Size(max = PersonLimits.INSTITUTION) String> partnerInstitutions,
            @NotBlank @Size(max = PersonLimits.LOCATION) String location,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            List<@NotNull Long> trainerIds,
            @Size(max = TrainingLimits.LANGUAGE) @Schema(description = "The language the cohort was taught in; "
                    + "its certificates print in it where they can", example = "ar") String language) {
    }

    @Schema(name = "CompletionProgramme")
    public record Programme(
            @NotBlank @Size(max = TrainingLimits.CODE) String code,
            int version,
            @NotBlank @Size(max = TrainingLimits.TITLE) String title,
            @NotBlank @Schema(example = "TRAINER") String certificateKind,
            Integer validityMonths,
            @NotNull @Size(max = TrainingLimits.STANDARDS) List<@Valid @NotNull CoveredStandard> standards) {
    }

    @Schema(name = "CompletionResult", description = "How the officer did, as enrollment-service computed it")
    public record Result(
            @Schema(example = "100.00") BigDecimal attendancePercent,
            @Schema(example = "86.67") BigDecimal overallScore) {
    }
}
