package org.sanad.certification.log.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LogAudit", description = "A full check of the log and the certificates against it")
public record AuditReport(
        @Schema(description = "True when no problem was found") boolean consistent,
        long entriesChecked,
        long headsChecked,
        long certificatesChecked,
        HeadView latestHead,
        @Schema(description = "Whether the latest head's signature verifies with the published key it names") boolean latestHeadSignatureValid,
        @Schema(description = "What was found, at most 100") List<Finding> findings) {

    @Schema(name = "AuditFinding")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(Long seq, UUID certificateId, String problem) {
    }
}
