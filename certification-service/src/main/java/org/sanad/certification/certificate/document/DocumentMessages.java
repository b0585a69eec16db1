package org.sanad.certification.certificate.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The printed certificate's wording; English here, other languages in {@code messages/document_<lang>.properties}. */
@MessageBundle(value = "document", locale = "en")
public interface DocumentMessages {

    @Message("Trainer certificate")
    String trainerTitle();

    @Message("Certificate of participation")
    String participationTitle();

    @Message("This certifies that")
    String certifies();

    @Message("has completed the programme")
    String completed();

    @Message("Training held in")
    String heldIn();

    @Message("from")
    String from();

    @Message("to")
    String to();

    /** What separates the place of the training from its dates. */
    @Message(",")
    String comma();

    @Message("Standards covered")
    String standards();

    @Message("Serial number")
    String serial();

    @Message("Issued on")
    String issuedOn();

    @Message("Valid until")
    String validUntil();

    @Message("No expiry")
    String noExpiry();

    @Message("Verify this certificate at")
    String verify();

    @Message("Verification code")
    String code();

    @Message("REVOKED: this certificate is no longer valid")
    String revoked();

    @Message("SUSPENDED: this certificate is not in force at present")
    String suspended();
}
