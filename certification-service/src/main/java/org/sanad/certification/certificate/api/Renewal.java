package org.sanad.certification.certificate.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Renewal", description = "The recertification training that renews a certificate")
public record Renewal(
        @Valid @NotNull CertificateRequest.Training training,
        @Min(1) @Max(240) @Schema(description = "Defaults to the validity of the certificate renewed") Integer validityMonths) {
}
