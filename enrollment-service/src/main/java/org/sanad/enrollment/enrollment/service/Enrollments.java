package org.sanad.enrollment.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.security.Caller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.enrollment.Enrollment;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.enrollment.EnrollmentTransition;
import org.sanad.enrollment.enrollment.api.EnrollmentRequest;
import org.sanad.enrollment.enrollment.api.EnrollmentView;
import org.sanad.enrollment.enrollment.api.TransitionView;
import org.sanad.enrollment.participant.service.Participants;
import org.sanad.enrollment.sync.Tombstone;

/**
 * Enrolls participants and moves enrollments along, one cohort at a time: every decision about
 * seats is taken with the cohort's row locked, and the database counts the seats itself, so
 * capacity holds under any number of concurrent requests.
 */
@ApplicationScoped
@Transactional
public class Enrollments {

    private final EnrollmentQueries queries;
    private final Cohorts cohorts;
    private final Participants participants;

    public Enrollments(EnrollmentQueries queries, Cohorts cohorts, Participants participants) {
        this.queries = queries;
        this.cohorts = cohorts;
        this.participants = participants;
    }

    public EnrollmentView enroll(long cohortId, EnrollmentRequest request, CohortScope scope) {
        Cohort cohort = cohorts.managed(cohortId, scope);
        requireEnrolling(cohort);
        Caller caller = scope.caller();
        if (!participants.visible(request.participantId(), caller)) {
            throw ProblemException.unprocessable("No participant you may enroll has id " + request.participantId(),
                    List.of(new FieldViolation("participantId", "unknown participant")));
        }
        cohort = cohorts.lockedForSeats(cohortId);
        if (queries.enrolled(cohortId, request.participantId())) {
            throw ProblemException.conflict("Participant " + request.participantId() + " is already enrolled in cohort " + cohort.code);
        }
        Enrollment enrollment = admit(cohort, request.participantId(), request.confirmNow() ? queries.seats(cohortId) : null,
                caller.subject(), request.reason());
        return read(enrollment.id, scope);
    }

    /**
     * Nominates a participant and, given the cohort's seats, decides at once: CONFIRMED while seats are
     * free, else WAITLISTED at the end of the line. The row is written once, in its final status, so
     * a bulk import batches. The caller holds the cohort's lock.
     */
    Enrollment admit(Cohort cohort, long participantId, Seats seats, String actor, String reason) {
        Enrollment enrollment = new Enrollment();
        enrollment.cohortId = cohort.id;
        enrollment.participantId = participantId;
        enrollment.status = EnrollmentStatus.NOMINATED;
        if (seats != null && seats.take()) {
            enrollment.status = EnrollmentStatus.CONFIRMED;
        } else if (seats != null) {
            enrollment.status = EnrollmentStatus.WAITLISTED;
            enrollment.waitlistPosition = seats.nextWaitlistPosition();
        }
        enrollment.updatedAt = OffsetDateTime.now();
        enrollment.persist();
        EnrollmentTransition.of(enrollment, null, EnrollmentStatus.NOMINATED, actor, reason).persist();
        if (enrollment.status != EnrollmentStatus.NOMINATED) {
            EnrollmentTransition.of(enrollment, EnrollmentStatus.NOMINATED, enrollment.status, actor, reason).persist();
        }
        return enrollment;
    }

    public EnrollmentView transition(long enrollmentId, EnrollmentStatus target, String reason, CohortScope scope) {
        Enrollment enrollment = visible(enrollmentId, scope);
        Cohort cohort = cohorts.managed(enrollment.cohortId, scope);
        if (!EnrollmentStatus.requestable().contains(target)) {
            throw ProblemException.conflict(target + " follows from results and cannot be requested; ask for one of "
                    + EnrollmentStatus.requestable());
        }
        cohort = cohorts.lockedForSeats(cohort.id);
        queries.refresh(enrollment);
        EnrollmentStatus from = enrollment.status;
        if (!from.canMoveTo(target)) {
            throw ProblemException.conflict("Enrollment " + enrollmentId + " cannot move from " + from + " to " + target
                    + "; from " + from + " it can move to " + from.next());
        }
        String actor = scope.caller().subject();
        switch (target) {
            case CONFIRMED -> confirm(enrollment, cohort, actor, reason);
            case ATTENDING -> {
                if (cohort.status != CohortStatus.IN_PROGRESS) {
                    throw ProblemException.conflict("Cohort " + cohort.code + " is " + cohort.status + "; attendance starts when it is IN_PROGRESS");
                }
                move(enrollment, target, actor, reason);
            }
            default -> leave(enrollment, target, cohort, actor, reason);
        }
        return read(enrollmentId, scope);
    }

    private void confirm(Enrollment enrollment, Cohort cohort, String actor, String reason) {
        requireEnrolling(cohort);
        Seats seats = queries.seats(cohort.id);
        if (enrollment.status == EnrollmentStatus.WAITLISTED && !seats.take()) {
            throw ProblemException.conflict("Cohort " + cohort.code + " is full; the enrollment stays at waitlist position "
                    + enrollment.waitlistPosition);
        }
        if (enrollment.status == EnrollmentStatus.WAITLISTED || seats.take()) {
            move(enrollment, EnrollmentStatus.CONFIRMED, actor, reason);
        } else {
            enrollment.waitlistPosition = seats.nextWaitlistPosition();
            move(enrollment, EnrollmentStatus.WAITLISTED, actor, reason);
        }
    }

    /** Withdrawal or no-show; a freed seat goes to the first on the waitlist while enrollment is open. */
    private void leave(Enrollment enrollment, EnrollmentStatus target, Cohort cohort, String actor, String reason) {
        boolean freesSeat = enrollment.status.holdsSeat();
        move(enrollment, target, actor, reason);
        if (freesSeat && cohort.status.takesEnrollments()) {
            queries.flush();
            Enrollment first = queries.firstWaitlisted(cohort.id);
            if (first != null) {
                move(first, EnrollmentStatus.CONFIRMED, actor, "Seat freed by enrollment " + enrollment.id + " ("
                        + target + ")");
            }
        }
    }

    public void move(Enrollment enrollment, EnrollmentStatus target, String actor, String reason) {
        EnrollmentStatus from = enrollment.status;
        enrollment.status = target;
        if (target != EnrollmentStatus.WAITLISTED) {
            enrollment.waitlistPosition = null;
        }
        enrollment.updatedAt = OffsetDateTime.now();
        EnrollmentTransition.of(enrollment, from, target, actor, reason).persist();
    }

    /** Removes an enrollment made in error, while it is only a nomination; partners get a tombstone. */
    public void delete(long enrollmentId, CohortScope scope) {
        Enrollment enrollment = visible(enrollmentId, scope);
        cohorts.managed(enrollment.cohortId, scope);
        if (enrollment.status != EnrollmentStatus.NOMINATED) {
            throw ProblemException.conflict("Only a nomination can be deleted; enrollment " + enrollmentId + " is "
                    + enrollment.status + " (withdraw it instead, so its history stays)");
        }
        Tombstone.enrollment(enrollment.id, enrollment.cohortId).persist();
        enrollment.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnrollmentView read(long enrollmentId, CohortScope scope) {
        return queries.view(visible(enrollmentId, scope).id, scope.caller());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EnrollmentView> list(long cohortId, EnrollmentStatus status, int size, String cursor, CohortScope scope) {
        cohorts.visible(cohortId, scope);
        return queries.page(cohortId, status, size, cursor, scope.caller());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TransitionView> history(long enrollmentId, CohortScope scope) {
        visible(enrollmentId, scope);
        return queries.history(enrollmentId).stream()
                .map(t -> new TransitionView(t.fromStatus, t.toStatus, t.actor, t.at, t.reason)).toList();
    }

    /** The enrollment if its cohort is one the caller may see; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrollment visible(long enrollmentId, CohortScope scope) {
        Enrollment enrollment = queries.find(enrollmentId);
        if (enrollment == null) {
            throw ProblemException.notFound("Enrollment", enrollmentId);
        }
        try {
            cohorts.visible(enrollment.cohortId, scope);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("Enrollment", enrollmentId);
        }
        return enrollment;
    }

    /** A cohort that starts puts its confirmed officers in class. */
    public void cohortStarted(Cohort cohort, String actor) {
        for (Enrollment enrollment : queries.inStatus(cohort.id, List.of(EnrollmentStatus.CONFIRMED))) {
            move(enrollment, EnrollmentStatus.ATTENDING, actor, "Cohort started");
        }
    }

    /** A cohort that is cancelled lets everyone still in it go. */
    public void cohortCancelled(Cohort cohort, String actor, String reason) {
        for (Enrollment enrollment : queries.inStatus(cohort.id, List.of(EnrollmentStatus.NOMINATED,
                EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED, EnrollmentStatus.ATTENDING))) {
            move(enrollment, EnrollmentStatus.WITHDRAWN, actor, "Cohort cancelled" + (reason == null ? "" : ": " + reason));
        }
    }

    /** Those in class when the cohort completes, whose completion is decided then. */
    public List<Enrollment> attending(Cohort cohort) {
        return queries.inStatus(cohort.id, List.of(EnrollmentStatus.ATTENDING));
    }

    private static void requireEnrolling(Cohort cohort) {
        if (!cohort.status.takesEnrollments()) {
            throw ProblemException.conflict("Cohort " + cohort.code + " is " + cohort.status
                    + "; enrollments are taken while it is PLANNED or OPEN");
        }
    }
}
