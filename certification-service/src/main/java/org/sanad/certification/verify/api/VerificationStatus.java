package org.sanad.certification.verify.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a verifier learns, in the words a verifier expects. */
public enum VerificationStatus {
    VALID,
    REVOKED,
    SUSPENDED,
    EXPIRED,
    /** Not valid yet: the training it certifies is recorded as ending in the future. */
    NOT_YET_VALID,
    /** No such certificate; says nothing about which codes exist. */
    UNKNOWN,
    /** The signature does not verify with any key this platform published. */
    INVALID_SIGNATURE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
