package org.sanad.enrollment.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.web.ETags;
import org.sanad.common.web.Revisioned;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.cohort.api.CohortView;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.enrollment.service.Enrollments;
import org.sanad.enrollment.progress.service.Progress;

/**
 * What moving a cohort along does, step by step, in the one transaction that moves it: everything
 * that follows from the move (officers put in class, completion decided and its certificate events
 * written, everyone let go) commits with it or not at all.
 */
@ApplicationScoped
@Transactional
public class CohortLifecycle {

    private final Cohorts cohorts;
    private final Enrollments enrollments;
    private final Progress progress;

    public CohortLifecycle(Cohorts cohorts, Enrollments enrollments, Progress progress) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.progress = progress;
    }

    public Revisioned<CohortView> move(long id, CohortStatus target, String reason, String ifMatch, CohortScope scope) {
        Cohort cohort = cohorts.managed(id, scope);
        ETags.requireMatch(ifMatch, cohort.revision);
        CohortStatus from = cohort.status;
        if (!from.canMoveTo(target)) {
            throw ProblemException.conflict("Cohort " + cohort.code + " cannot move from " + from + " to " + target
                    + "; from " + from + " it can move to " + from.next());
        }
        cohort.status = target;
        String actor = scope.caller().subject();
        switch (target) {
            case IN_PROGRESS -> enrollments.cohortStarted(cohort, actor);
            case COMPLETED -> progress.cohortCompleted(cohort, actor);
            case CANCELLED -> enrollments.cohortCancelled(cohort, actor, reason);
            case PLANNED, OPEN, CLOSED -> {
                // Opening and closing change the cohort alone: enrollment is open until it starts,
                // and results are corrected until it is closed.
            }
        }
        return cohorts.saved(cohort);
    }
}
