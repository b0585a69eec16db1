package org.sanad.enrollment.enrollment.service;

import io.quarkus.hibernate.orm.panache.Panache;
import org.sanad.enrollment.cohort.Cohort;

/**
 * The free seats and the end of the waitlist of one cohort, read once under the cohort's lock and
 * then kept in step as enrollments are seated, so a bulk import decides thousands of rows without a
 * query each. The database's own seat count (and its CHECK) remains the final word.
 */
final class Seats {

    private int free;
    private int nextWaitlistPosition;

    private Seats(int free, int nextWaitlistPosition) {
        this.free = free;
        this.nextWaitlistPosition = nextWaitlistPosition;
    }

    /** Call with the cohort locked (see Cohorts.lockedForSeats). */
    static Seats of(Cohort cohort) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(
                "SELECT c.capacity - c.seats_taken, COALESCE((SELECT max(waitlist_position) FROM enrollment"
                        + " WHERE cohort_id = c.id), 0) + 1 FROM cohort c WHERE c.id = :id")
                .setParameter("id", cohort.id).getSingleResult();
        return new Seats(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
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
