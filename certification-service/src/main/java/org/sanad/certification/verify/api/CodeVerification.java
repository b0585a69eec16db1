package org.sanad.certification.verify.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The public answer for a verification code: the status and only the personal data a verifier
 * needs to match the certificate with the person showing it.
 */
@Schema(name = "CodeVerification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeVerification(
        @Schema(description = "valid, revoked, suspended, expired or unknown") VerificationStatus status,
        String serial,
        String holderName,
        String holderInstitution,
        String programmeTitle,
        String location,
        LocalDate trainingStart,
        LocalDate trainingEnd,
        List<String> issuingInstitutions,
        OffsetDateTime validFrom,
        OffsetDateTime validUntil,
        @Schema(description = "When it was revoked or suspended") OffsetDateTime statusChangedAt,
        @Schema(description = "The reason category of a revocation or suspension; the note is never public") String reason,
        @Schema(description = "The serial of the certificate that supersedes this one") String supersededBy) {

    public static CodeVerification unknown() {
        return new CodeVerification(VerificationStatus.UNKNOWN, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
