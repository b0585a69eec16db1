package org.sanad.certification.certificate.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.certification.certificate.CoveredStandard;
import org.sanad.common.contract.PersonLimits;

/** What enrollment-service sends when an officer completes a cohort (its outbox event, as written). */
@Schema(name = "CompletionEvent", description = "An enrollment completed; certification-service issues the certificate the programme grants")
public record CompletionEvent(
        @NotNull UUID eventId,
        @Schema(example = "enrollment.completed") String type,
        OffsetDateTime occurredAt,
        @NotNull Long enrollmentId,
        @Valid @NotNull Participant participant,
        @Valid @NotNull Cohort cohort,
        @Valid @NotNull Programme programme) {

    @Schema(name = "CompletionParticipant")
    public record Participant(
            Long id,
            @NotBlank @Size(max = PersonLimits.GIVEN_NAME) String givenName,
            @NotBlank @Size(max = PersonLimits.FAMILY_NAME) String familyName,
            @NotBlank @Size(max = 40) String institution,
            @Size(max = PersonLimits.SERVICE_NUMBER) String serviceNumber,
            @Size(max = PersonLimits.ACCOUNT) String account) {
    }

    @Schema(name = "CompletionCohort")
    public record Cohort(
            Long id,
            @NotBlank @Size(max = 80) String code,
            @NotBlank @Size(max = 40) String hostInstitution,
            List<@NotBlank @Size(max = 40) String> partnerInstitutions,
            @NotBlank @Size(max = PersonLimits.LOCATION) String location,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            List<@NotNull Long> trainerIds) {
    }

    @Schema(name = "CompletionProgramme")
    public record Programme(
            @NotBlank @Size(max = 80) String code,
            int version,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Schema(example = "TRAINER") String certificateKind,
            Integer validityMonths,
            @NotNull @Size(max = 500) List<@Valid @NotNull CoveredStandard> standards) {
    }
}
