package org.sanad.certification.log.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignedTreeHead", description = "The log's size and Merkle root (RFC 9162 hashing), signed: the "
        + "JWS payload repeats treeSize, rootHash and timestamp and verifies with the published JWKS")
public record HeadView(long treeSize, @Schema(description = "hex SHA-256") String rootHash, OffsetDateTime signedAt,
        String kid, @Schema(description = "Compact JWS (ES256)") String signature) {
}
