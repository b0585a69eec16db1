package org.sanad.enrollment.cohort;

/**
 * Fired inside the transaction that moves a cohort, so what follows from the move (enrollments
 * starting, completion computed) commits with it or not at all.
 */
public record CohortStatusChanged(Cohort cohort, CohortStatus from, CohortStatus to, String actor, String reason) {
}
