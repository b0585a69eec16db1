package org.sanad.curriculum.programme;

/** What completing a programme earns. Only trainer certificates expire and must be renewed. */
public enum CertificateKind {
    TRAINER,
    PARTICIPATION,
    NONE
}
