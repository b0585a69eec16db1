package org.sanad.enrollment.cohort;

import java.util.Set;

/** PLANNED → OPEN → IN_PROGRESS → COMPLETED → CLOSED, or CANCELLED before it completes. */
public enum CohortStatus {
    PLANNED,
    OPEN,
    IN_PROGRESS,
    COMPLETED,
    CLOSED,
    CANCELLED;

    public Set<CohortStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(OPEN, CANCELLED);
            case OPEN -> Set.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED -> Set.of(CLOSED);
            case CLOSED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(CohortStatus target) {
        return next().contains(target);
    }

    /** Officers may be nominated and confirmed until the training starts. */
    public boolean takesEnrollments() {
        return this == PLANNED || this == OPEN;
    }

    /** Attendance and results are recorded while it runs, and corrected until it is closed. */
    public boolean takesResults() {
        return this == IN_PROGRESS || this == COMPLETED;
    }
}
