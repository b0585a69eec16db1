package org.sanad.enrollment.participant.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.common.contract.PersonLimits;
import org.sanad.enrollment.participant.Gender;

/** A participant as a registrar records them; names are kept exactly as written. */
@Schema(name = "ParticipantRequest")
public record ParticipantRequest(
        @NotBlank @Size(max = PersonLimits.GIVEN_NAME) @Schema(example = "Salma") String givenName,
        @NotBlank @Size(max = PersonLimits.FAMILY_NAME) @Schema(example = "El Amrani") String familyName,
        @Pattern(regexp = PersonLimits.INSTITUTION_CODE) @Schema(description = "The registrar's own institution when absent",
                example = "DGSN") String institution,
        @NotBlank @Size(max = PersonLimits.SERVICE_NUMBER) @Schema(example = "DGSN-48213") String serviceNumber,
        @Size(max = 100) @Schema(example = "Commissaire") String rank,
        @NotNull Gender gender,
        @Email @Size(max = 320) String email,
        @Size(max = PersonLimits.ACCOUNT) @Schema(description = "The sub of this person's login, for trainers who record results") String account) {
}
