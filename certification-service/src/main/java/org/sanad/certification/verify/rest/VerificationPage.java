package org.sanad.certification.verify.rest;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.temporal.TemporalAccessor;
import org.sanad.certification.certificate.StatusReason;
import org.sanad.certification.language.Language;
import org.sanad.certification.verify.api.CodeVerification;
import org.sanad.certification.verify.api.VerificationStatus;

/**
 * What the public verification page shows, in the language asked for (see {@link Language#chosen}); its
 * wording is {@link VerificationMessages}.
 */
public record VerificationPage(Language language, String status, String statusText, String reasonText,
        CodeVerification view) {

    static VerificationPage of(CodeVerification view, Language language) {
        VerificationMessages messages = MessageBundles.get(VerificationMessages.class, Localized.Literal.of(language.tag()));
        return new VerificationPage(language, view.status().wire(), statusText(view.status(), messages),
                reasonText(view.reason(), messages), view);
    }

    /** A date as people write it in the page's language. */
    public String date(TemporalAccessor date) {
        return language.date(date);
    }

    private static String statusText(VerificationStatus status, VerificationMessages messages) {
        return switch (status) {
            case VALID -> messages.valid();
            case REVOKED -> messages.revoked();
            case SUSPENDED -> messages.suspended();
            case EXPIRED -> messages.expired();
            case NOT_YET_VALID -> messages.notYetValid();
            case UNKNOWN, INVALID_SIGNATURE -> messages.unknown();
        };
    }

    private static String reasonText(String reason, VerificationMessages messages) {
        if (reason == null) {
            return null;
        }
        return switch (StatusReason.valueOf(reason)) {
            case ISSUED_IN_ERROR -> messages.issuedInError();
            case MISCONDUCT_FINDING -> messages.misconductFinding();
            case SUPERSEDED -> messages.superseded();
            case HOLDER_REQUEST -> messages.holderRequest();
            case UNDER_REVIEW -> messages.underReview();
            case REVIEW_CONCLUDED -> messages.reviewConcluded();
            case OTHER -> messages.otherReason();
        };
    }
}
