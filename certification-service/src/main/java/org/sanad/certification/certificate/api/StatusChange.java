package org.sanad.certification.certificate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.certification.certificate.StatusReason;

/** Why a certificate is revoked, suspended or reinstated. The note stays internal; the category is public. */
@Schema(name = "CertificateStatusChange")
public record StatusChange(
        @NotNull @Schema(example = "MISCONDUCT_FINDING") StatusReason reason,
        @Size(max = 2000) @Schema(example = "Finding of the disciplinary board, file 2026/114") String note) {
}
