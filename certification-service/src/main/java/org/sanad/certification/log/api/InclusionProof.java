package org.sanad.certification.log.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InclusionProof", description = "That a leaf is in the tree a signed head describes (RFC 9162, 2.1.3)")
public record InclusionProof(long seq, String kind, String leafHash,
        @Schema(description = "Sibling hashes (hex), from the leaf up") List<String> auditPath) {
}
