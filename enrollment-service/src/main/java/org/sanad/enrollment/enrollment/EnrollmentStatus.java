package org.sanad.enrollment.enrollment;

import java.util.Set;

/**
 * NOMINATED → CONFIRMED or WAITLISTED, then ATTENDING → COMPLETED or NOT_COMPLETED; WITHDRAWN and
 * NO_SHOW from the open states. A NOT_COMPLETED may still become COMPLETED when a late result is
 * recorded; COMPLETED is final, as a certificate may already stand on it.
 */
public enum EnrollmentStatus {
    NOMINATED,
    CONFIRMED,
    WAITLISTED,
    ATTENDING,
    COMPLETED,
    NOT_COMPLETED,
    WITHDRAWN,
    NO_SHOW;

    public Set<EnrollmentStatus> next() {
        return switch (this) {
            case NOMINATED -> Set.of(CONFIRMED, WAITLISTED, WITHDRAWN, NO_SHOW);
            case CONFIRMED -> Set.of(ATTENDING, WITHDRAWN, NO_SHOW);
            case WAITLISTED -> Set.of(CONFIRMED, WITHDRAWN, NO_SHOW);
            case ATTENDING -> Set.of(COMPLETED, NOT_COMPLETED, WITHDRAWN);
            case NOT_COMPLETED -> Set.of(COMPLETED);
            case COMPLETED, WITHDRAWN, NO_SHOW -> Set.of();
        };
    }

    public boolean canMoveTo(EnrollmentStatus target) {
        return next().contains(target);
    }

    /** Mirrors holds_seat() in the schema, which is what actually counts seats. */
    public boolean holdsSeat() {
        return this == CONFIRMED || this == ATTENDING || this == COMPLETED || this == NOT_COMPLETED;
    }

    /** The moves a registrar asks for; the others follow from seats, the cohort's start and results. */
    public static Set<EnrollmentStatus> requestable() {
        return Set.of(CONFIRMED, ATTENDING, WITHDRAWN, NO_SHOW);
    }
}
