package org.sanad.certification.certificate;

/** Why a certificate's status changed; public verification shows the category, never the note. */
public enum StatusReason {
    ISSUED_IN_ERROR,
    MISCONDUCT_FINDING,
    SUPERSEDED,
    HOLDER_REQUEST,
    UNDER_REVIEW,
    REVIEW_CONCLUDED,
    OTHER
}
