package org.sanad.enrollment.outbox.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event of the completion outbox, as an admin sees it. */
@Schema(name = "OutboxEvent", description = "A completion event on its way to certification-service")
public record OutboxEventView(
        @Schema(description = "The event id, sent as Idempotency-Key") UUID id,
        @Schema(example = "enrollment.completed") String kind,
        long enrollmentId,
        Delivery delivery,
        @Schema(description = "Delivery attempts since the event was written or last replayed") int attempts,
        OffsetDateTime createdAt,
        @Schema(description = "When the next attempt is due (PENDING only)") OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime parkedAt,
        @Schema(description = "Why certification-service refused it for good (PARKED only)",
                example = "certification-service answered HTTP 400: {\"errors\":[{\"field\":\"participant.givenName\"…")
        String parkReason,
        @Schema(description = "What went wrong with the last failed attempt") String lastError) {

    public enum Delivery {
        /** Waiting for its next attempt. */
        PENDING,
        /** certification-service has it. */
        DELIVERED,
        /** Refused for good; sent again only when an admin replays it. */
        PARKED
    }
}
