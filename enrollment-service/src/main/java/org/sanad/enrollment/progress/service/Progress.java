package org.sanad.enrollment.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.CohortModule;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.enrollment.Enrollment;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.enrollment.service.Enrollments;
import org.sanad.enrollment.outbox.CompletionEvents;
import org.sanad.enrollment.participant.Participant;
import org.sanad.enrollment.participant.service.ParticipantQueries;
import org.sanad.enrollment.progress.Outcome;
import org.sanad.enrollment.progress.api.AttendanceMark;
import org.sanad.enrollment.progress.api.ProgressView;
import org.sanad.enrollment.progress.api.ScoreMark;

/**
 * Records attendance and results, and decides completion from the rules the cohort pinned. A
 * completion that earns a certificate writes its event in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Progress {

    /** Results are recorded for those in class, and corrected after completion was computed. */
    private static final List<EnrollmentStatus> ASSESSED =
            List.of(EnrollmentStatus.ATTENDING, EnrollmentStatus.COMPLETED, EnrollmentStatus.NOT_COMPLETED);

    private final ProgressQueries queries;
    private final Cohorts cohorts;
    private final Enrollments enrollments;
    private final ParticipantQueries participants;
    private final CompletionEvents events;

    public Progress(ProgressQueries queries, Cohorts cohorts, Enrollments enrollments, ParticipantQueries participants,
            CompletionEvents events) {
        this.queries = queries;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.participants = participants;
        this.events = events;
    }

    public int recordAttendance(long cohortId, LocalDate day, List<AttendanceMark> marks, CohortScope scope) {
        Cohort cohort = recording(cohortId, scope);
        if (!Arrays.asList(cohort.sessionDays).contains(day)) {
            throw ProblemException.unprocessable(day + " is not a session day of cohort " + cohort.code,
                    List.of(new FieldViolation("day", "not one of " + Arrays.toString(cohort.sessionDays))));
        }
        checkEnrollments(cohort, marks.stream().map(AttendanceMark::enrollmentId).toList());
        queries.recordAttendance(day, marks, scope.caller().subject());
        return marks.size();
    }

    public int recordScores(long cohortId, String moduleCode, List<ScoreMark> marks, CohortScope scope) {
        Cohort cohort = recording(cohortId, scope);
        CohortModule module = cohort.modules.stream().filter(m -> m.moduleCode.equals(moduleCode)).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable("Cohort " + cohort.code + " has no module " + moduleCode,
                        List.of(new FieldViolation("module", "not one of the cohort's modules"))));
        checkEnrollments(cohort, marks.stream().map(ScoreMark::enrollmentId).toList());
        queries.recordScores(module.position, marks, scope.caller().subject());
        return marks.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressView progress(long enrollmentId, CohortScope scope) {
        Enrollment enrollment = enrollments.visible(enrollmentId, scope);
        Cohort cohort = cohorts.visible(enrollment.cohortId, scope);
        ProgressRecords records = queries.records(List.of(enrollment.id));
        Map<LocalDate, Boolean> days = records.attendance(enrollment.id);
        Map<Integer, BigDecimal> scores = records.scores(enrollment.id);
        List<ProgressView.Day> attendance = Arrays.stream(cohort.sessionDays).map(d -> new ProgressView.Day(d, days.get(d))).toList();
        List<ProgressView.Score> scored = cohort.modules.stream()
                .map(m -> new ProgressView.Score(m.moduleCode, scores.get(m.position), m.minScore)).toList();
        Outcome outcome = evaluate(cohort, records, enrollment.id);
        return new ProgressView(enrollment.id, attendance, scored, new ProgressView.Evaluation(outcome.completed(),
                outcome.attendancePercent(), outcome.overallScore(), outcome.reasons()));
    }

    /** Computes completion for one enrollment now, e.g. after a late result was recorded. */
    public Outcome complete(long enrollmentId, CohortScope scope) {
        Enrollment enrollment = enrollments.visible(enrollmentId, scope);
        Cohort cohort = cohorts.managed(enrollment.cohortId, scope);
        if (!cohort.status.takesResults()) {
            throw ProblemException.conflict("Cohort " + cohort.code + " is " + cohort.status
                    + "; completion is computed while it is IN_PROGRESS or COMPLETED");
        }
        if (enrollment.status != EnrollmentStatus.ATTENDING && enrollment.status != EnrollmentStatus.NOT_COMPLETED) {
            throw ProblemException.conflict("Enrollment " + enrollmentId + " is " + enrollment.status
                    + "; completion is computed for ATTENDING or NOT_COMPLETED enrollments");
        }
        return decide(cohort, List.of(enrollment), scope.caller().subject()).get(0);
    }

    /** A cohort that completes decides every attendee's completion in one pass. */
    public void cohortCompleted(Cohort cohort, String actor) {
        decide(cohort, enrollments.attending(cohort), actor);
    }

    private List<Outcome> decide(Cohort cohort, List<Enrollment> attendees, String actor) {
        if (attendees.isEmpty()) {
            return List.of();
        }
        ProgressRecords records = queries.records(attendees.stream().map(e -> e.id).toList());
        Map<Long, Participant> people = new HashMap<>();
        if (cohort.leadsToCertificate()) {
            participants.all(attendees.stream().map(e -> e.participantId).toList()).forEach(p -> people.put(p.id, p));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Enrollment enrollment : attendees) {
            Outcome outcome = evaluate(cohort, records, enrollment.id);
            enrollment.attendancePercent = outcome.attendancePercent();
            enrollment.overallScore = outcome.overallScore();
            enrollment.outcomeReasons = outcome.reasons();
            EnrollmentStatus target = outcome.completed() ? EnrollmentStatus.COMPLETED : EnrollmentStatus.NOT_COMPLETED;
            if (target != enrollment.status) {
                enrollments.move(enrollment, target, actor, outcome.completed() ? "Completion rules met"
                        : String.join("; ", outcome.reasons()));
                if (outcome.completed() && cohort.leadsToCertificate()) {
                    events.completed(enrollment, cohort, people.get(enrollment.participantId));
                }
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private static Outcome evaluate(Cohort cohort, ProgressRecords records, long enrollmentId) {
        List<Outcome.ModuleRule> rules = cohort.modules.stream()
                .map(m -> new Outcome.ModuleRule(m.position, m.moduleCode, m.durationHours, m.minScore)).toList();
        // Only days still on the schedule count, should the session days have changed since.
        List<LocalDate> schedule = Arrays.asList(cohort.sessionDays);
        int present = (int) records.attendance(enrollmentId).entrySet().stream()
                .filter(day -> day.getValue() && schedule.contains(day.getKey())).count();
        return Outcome.evaluate(cohort.sessionDays.length, present, cohort.minAttendancePercent, cohort.minOverallScore,
                rules, records.scores(enrollmentId));
    }

    private Cohort recording(long cohortId, CohortScope scope) {
        Cohort cohort = cohorts.recordable(cohortId, scope);
        if (!cohort.status.takesResults()) {
            throw ProblemException.conflict("Cohort " + cohort.code + " is " + cohort.status
                    + "; attendance and results are recorded while it is IN_PROGRESS or COMPLETED");
        }
        return cohort;
    }

    /** Every id must be an enrollment of this cohort that is in class or finished; each bad one is listed. */
    private void checkEnrollments(Cohort cohort, List<Long> ids) {
        Map<Long, EnrollmentStatus> statuses = queries.statusesIn(cohort.id, ids);
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            EnrollmentStatus status = statuses.get(ids.get(i));
            if (status == null) {
                violations.add(new FieldViolation("[" + i + "].enrollmentId", "not an enrollment of cohort " + cohort.code));
            } else if (!ASSESSED.contains(status)) {
                violations.add(new FieldViolation("[" + i + "].enrollmentId", "is " + status + ", not in class"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("Some marks name enrollments that cannot be marked; nothing was recorded", violations);
        }
    }
}
