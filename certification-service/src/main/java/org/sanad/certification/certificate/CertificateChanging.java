package org.sanad.certification.certificate;

/**
 * Fired, in its transaction, by whatever is about to change a certificate (its status, the certificate that
 * supersedes it), so that what keeps a copy of it can forget it once the transaction ends.
 */
public record CertificateChanging(String verificationCode) {
}
