package org.sanad.certification.certificate.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificateBatch", description = "Certificates issued together: all or none")
public record BatchRequest(@NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull CertificateRequest> certificates) {
}
