package org.sanad.certification.log.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificateProof", description = "Every log entry of a certificate, each with its inclusion proof "
        + "against the same signed head")
public record CertificateProof(UUID certificateId, HeadView head, List<InclusionProof> entries) {
}
