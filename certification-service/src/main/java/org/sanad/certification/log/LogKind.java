package org.sanad.certification.log;

/** What a log entry records about a certificate. */
public enum LogKind {
    ISSUED,
    REVOKED,
    SUSPENDED,
    REINSTATED
}
