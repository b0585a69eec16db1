package org.sanad.certification.certificate.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lineage", description = "Who trained a certificate's holder, and whether each trainer was a certified "
        + "trainer for the whole training")
public record LineageView(
        UUID certificateId,
        String serial,
        LocalDate trainingStart,
        LocalDate trainingEnd,
        @Schema(description = "True when every trainer held a trainer certificate in force throughout the training")
        boolean allTrainersCertified,
        List<Trainer> trainers) {

    @Schema(name = "LineageTrainer")
    public record Trainer(
            @Schema(description = "The trainer's participant id in enrollment-service") long participantId,
            @Schema(description = "As written on the trainer's own certificate, when they hold one") String name,
            @Schema(description = "The trainer certificate judged: the one in force, else the closest") String certificateSerial,
            UUID certificateId,
            boolean certifiedThroughout,
            @Schema(description = "Why not, when not") Flag flag,
            String detail) {
    }

    public enum Flag {
        NO_TRAINER_CERTIFICATE,
        NOT_YET_CERTIFIED,
        EXPIRED,
        SUSPENDED,
        REVOKED
    }
}
