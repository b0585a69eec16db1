package org.sanad.certification.log.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsistencyProof", description = "That the log of size `to` extends the log of size `from` without "
        + "changing it (RFC 9162, 2.1.4): an auditor who kept an older head checks nothing was rewritten")
public record ConsistencyProof(long from, long to, @Schema(description = "hex hashes") List<String> proof) {
}
