package org.sanad.certification.log.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LogEntry", description = "A leaf of the log. leafHash = SHA-256(0x00 || UTF-8 bytes of content); "
        + "content names the previous leaf's hash, so entries form a chain as well as a Merkle tree")
public record EntryView(long seq, String kind, UUID certificateId, OffsetDateTime recordedAt, String content,
        @Schema(description = "hex") String leafHash) {
}
