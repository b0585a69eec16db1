package org.sanad.enrollment.enrollment.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.KeysetQuery;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.security.Caller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.cohort.CohortStatusChanged;
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

    private final Cohorts cohorts;
    private final Participants participants;

    public Enrollments(Cohorts cohorts, Participants participants) {
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
        if (Enrollment.count("cohortId = ?1 and participantId = ?2", cohortId, request.participantId()) > 0) {
            throw ProblemException.conflict("Participant " + request.participantId() + " is already enrolled in cohort " + cohort.code);
        }
        Enrollment enrollment = admit(cohort, request.participantId(), request.confirmNow() ? Seats.of(cohort) : null,
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
        Panache.getEntityManager().refresh(enrollment);
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
        Seats seats = Seats.of(cohort);
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
            // Free the seat in the database before another takes it: its CHECK sees every statement.
            Panache.getEntityManager().flush();
            Enrollment first = Enrollment.find("cohortId = ?1 and status = ?2 order by waitlistPosition",
                    cohort.id, EnrollmentStatus.WAITLISTED).firstResult();
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
        Enrollment enrollment = visible(enrollmentId, scope);
        Object[] row = (Object[]) Panache.getEntityManager()
                .createNativeQuery("SELECT " + EnrollmentRows.COLUMNS + EnrollmentRows.FROM + " WHERE e.id = :id")
                .setParameter("id", enrollment.id).getSingleResult();
        return EnrollmentRows.view(row, scope.caller());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EnrollmentView> list(long cohortId, EnrollmentStatus status, int size, String cursor, CohortScope scope) {
        cohorts.visible(cohortId, scope);
        KeysetQuery query = new KeysetQuery("SELECT " + EnrollmentRows.COLUMNS + EnrollmentRows.FROM + " WHERE TRUE")
                .and("e.cohort_id = :cohort", "cohort", cohortId);
        if (status != null) {
            query.and("e.status = :status", "status", status.name());
        }
        if (cursor != null) {
            query.and("e.id > :after", "after", Cursor.decode(cursor, 1).longKey(0));
        }
        return Page.fromLookahead(query.page(Panache.getEntityManager(), "e.id", size), size,
                row -> Cursor.of(row[0]), row -> EnrollmentRows.view(row, scope.caller()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TransitionView> history(long enrollmentId, CohortScope scope) {
        visible(enrollmentId, scope);
        return EnrollmentTransition.<EnrollmentTransition>find("enrollmentId = ?1 order by id", enrollmentId).stream()
                .map(t -> new TransitionView(t.fromStatus, t.toStatus, t.actor, t.at, t.reason)).toList();
    }

    /** The enrollment if its cohort is one the caller may see; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrollment visible(long enrollmentId, CohortScope scope) {
        Enrollment enrollment = Enrollment.findById(enrollmentId);
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

    /** A cohort that starts puts its confirmed officers in class; one cancelled lets everyone go. */
    void cohortMoved(@Observes CohortStatusChanged change) {
        if (change.to() == CohortStatus.IN_PROGRESS) {
            for (Enrollment e : Enrollment.<Enrollment>list("cohortId = ?1 and status = ?2 order by id",
                    change.cohort().id, EnrollmentStatus.CONFIRMED)) {
                move(e, EnrollmentStatus.ATTENDING, change.actor(), "Cohort started");
            }
        } else if (change.to() == CohortStatus.CANCELLED) {
            for (Enrollment e : Enrollment.<Enrollment>list("cohortId = ?1 and status in ?2 order by id",
                    change.cohort().id, List.of(EnrollmentStatus.NOMINATED, EnrollmentStatus.CONFIRMED,
                            EnrollmentStatus.WAITLISTED, EnrollmentStatus.ATTENDING))) {
                move(e, EnrollmentStatus.WITHDRAWN, change.actor(),
                        "Cohort cancelled" + (change.reason() == null ? "" : ": " + change.reason()));
            }
        }
    }

    private static void requireEnrolling(Cohort cohort) {
        if (!cohort.status.takesEnrollments()) {
            throw ProblemException.conflict("Cohort " + cohort.code + " is " + cohort.status
                    + "; enrollments are taken while it is PLANNED or OPEN");
        }
    }
}
