package org.sanad.enrollment.enrollment.service;

/**
 * The free seats and the end of the waitlist of one cohort, read once under the cohort's lock
 * ({@link EnrollmentQueries#seats}) and then kept in step as enrollments are seated, so a bulk import
 * decides thousands of rows without a query each. The database's own seat count (and its CHECK)
 * remains the final word.
 */
final class Seats {

    private int free;
    private int nextWaitlistPosition;

    Seats(int free, int nextWaitlistPosition) {
        this.free = free;
        this.nextWaitlistPosition = nextWaitlistPosition;
    }

    /** Takes a seat if one is free. */
    boolean take() {
        if (free > 0) {
            free--;
            return true;
        }
        return false;
    }

    int nextWaitlistPosition() {
        return nextWaitlistPosition++;
    }
}
