package org.sanad.certification.verify.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of checking a presented VC-JWT: each check, and the verdict. */
@Schema(name = "CredentialVerification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialVerification(
        @Schema(description = "True only when the signature, the dates and the current status all pass") boolean valid,
        VerificationStatus status,
        @Schema(description = "The signing key the credential names") String kid,
        @Schema(description = "Each check made, in order, and what it found") List<Check> checks,
        @Schema(description = "What the platform holds for this certificate, when it holds it") CodeVerification certificate) {

    @Schema(name = "VerificationCheck")
    public record Check(@Schema(example = "signature") String name, boolean passed, String detail) {
    }
}
