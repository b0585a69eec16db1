package org.sanad.certification.certificate.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssuedCertificate", description = "One certificate of a batch, as issued")
public record Issued(UUID id, String serial, String verificationCode, String verificationUrl) {
}
