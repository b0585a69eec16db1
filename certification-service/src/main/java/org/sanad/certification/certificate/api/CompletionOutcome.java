package org.sanad.certification.certificate.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of a completion event. The same event id always gets the same answer. */
@Schema(name = "CompletionOutcome")
public record CompletionOutcome(
        UUID eventId,
        Outcome outcome,
        @Schema(description = "The certificate issued for the enrollment, or the one already in force") UUID certificateId,
        String serial,
        @Schema(description = "True when this event id had been received before") boolean repeated) {

    @Schema(name = "CompletionOutcomeKind")
    public enum Outcome {
        /** A certificate was issued for this event. */
        ISSUED,
        /** The enrollment already holds a certificate in force; no second one was issued. */
        ALREADY_CERTIFIED,
        /** The programme grants no certificate. */
        NO_CERTIFICATE
    }
}
