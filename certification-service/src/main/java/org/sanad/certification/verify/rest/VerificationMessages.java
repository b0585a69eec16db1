package org.sanad.certification.verify.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The public verification page's wording, used as {@code {verify:title}} in its template; English here,
 * other languages in {@code messages/verify_<lang>.properties}.
 */
@MessageBundle(value = "verify", locale = "en")
public interface VerificationMessages {

    @Message("Certificate verification")
    String title();

    @Message("Holder")
    String holder();

    @Message("Institution")
    String institution();

    @Message("Programme")
    String programme();

    @Message("Training")
    String training();

    @Message("Issued by")
    String issuers();

    @Message("Valid from")
    String validFrom();

    @Message("Valid until")
    String validUntil();

    @Message("no expiry")
    String noExpiry();

    @Message("Serial number")
    String serial();

    @Message("Status changed on")
    String changed();

    @Message("Reason")
    String reason();

    @Message("Superseded by")
    String supersededBy();

    @Message("to")
    String to();

    @Message("Valid")
    String valid();

    @Message("Revoked")
    String revoked();

    @Message("Suspended")
    String suspended();

    @Message("Expired")
    String expired();

    @Message("Not yet valid")
    String notYetValid();

    @Message("Issued in error")
    String issuedInError();

    @Message("Misconduct finding")
    String misconductFinding();

    @Message("Superseded by a newer certificate")
    String superseded();

    @Message("At the holder's request")
    String holderRequest();

    @Message("Under review")
    String underReview();

    @Message("Review concluded")
    String reviewConcluded();

    @Message("Other")
    String otherReason();

    @Message("Languages")
    String languages();

    @Message("No certificate has this code. Check the code and try again.")
    String unknown();

    @Message("Only the information needed to recognise the holder is shown. "
            + "The signed credential can be checked offline with the published keys.")
    String note();
}
