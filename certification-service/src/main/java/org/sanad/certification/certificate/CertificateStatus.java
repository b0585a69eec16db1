package org.sanad.certification.certificate;

/** Whether a certificate is in force. Expiry is not a status: it follows from {@code validUntil}. */
public enum CertificateStatus {
    ACTIVE,
    /** Not in force for now, e.g. while a misconduct finding is examined; may be reinstated. */
    SUSPENDED,
    /** Withdrawn for good; a new certificate may be issued for the same training. */
    REVOKED
}
