package org.sanad.enrollment.progress.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
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
import org.sanad.common.sql.NativeRows;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.CohortModule;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.cohort.CohortStatusChanged;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.enrollment.Enrollment;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.enrollment.service.Enrollments;
import org.sanad.enrollment.outbox.CompletionEvents;
import org.sanad.enrollment.participant.Participant;
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

    private final Cohorts cohorts;
    private final Enrollments enrollments;
    private final CompletionEvents events;

    public Progress(Cohorts cohorts, Enrollments enrollments, CompletionEvents events) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.events = events;
    }

    public int recordAttendance(long cohortId, LocalDate day, List<AttendanceMark> marks, CohortScope scope) {
        Cohort cohort = recording(cohortId, scope);
        if (!Arrays.asList(cohort.sessionDays).contains(day)) {
            throw ProblemException.unprocessable(day + " is not a session day of cohort " + cohort.code,
                    List.of(new FieldViolation("day", "not one of " + Arrays.toString(cohort.sessionDays))));
        }
        checkEnrollments(cohort, marks.stream().map(AttendanceMark::enrollmentId).toList());
        Panache.getEntityManager().createNativeQuery("INSERT INTO attendance (enrollment_id, session_day, present, recorded_by)"
                        + " SELECT m.id, :day, m.present, :actor FROM unnest(CAST(:ids AS bigint[]), CAST(:present AS boolean[]))"
                        + " AS m(id, present) ON CONFLICT (enrollment_id, session_day) DO UPDATE"
                        + " SET present = excluded.present, recorded_by = excluded.recorded_by, recorded_at = now()")
                .setParameter("day", day)
                .setParameter("actor", scope.caller().subject())
                .setParameter("ids", marks.stream().map(AttendanceMark::enrollmentId).toArray(Long[]::new))
                .setParameter("present", marks.stream().map(AttendanceMark::present).toArray(Boolean[]::new))
                .executeUpdate();
        return marks.size();
    }

    public int recordScores(long cohortId, String moduleCode, List<ScoreMark> marks, CohortScope scope) {
        Cohort cohort = recording(cohortId, scope);
        CohortModule module = cohort.modules.stream().filter(m -> m.moduleCode.equals(moduleCode)).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable("Cohort " + cohort.code + " has no module " + moduleCode,
                        List.of(new FieldViolation("module", "not one of the cohort's modules"))));
        checkEnrollments(cohort, marks.stream().map(ScoreMark::enrollmentId).toList());
        Panache.getEntityManager().createNativeQuery("INSERT INTO assessment (enrollment_id, module_position, score, recorded_by)"
                        + " SELECT m.id, :position, m.score, :actor FROM unnest(CAST(:ids AS bigint[]), CAST(:scores AS numeric[]))"
                        + " AS m(id, score) ON CONFLICT (enrollment_id, module_position) DO UPDATE"
                        + " SET score = excluded.score, recorded_by = excluded.recorded_by, recorded_at = now()")
                .setParameter("position", module.position)
                .setParameter("actor", scope.caller().subject())
                .setParameter("ids", marks.stream().map(ScoreMark::enrollmentId).toArray(Long[]::new))
                .setParameter("scores", marks.stream().map(ScoreMark::score).toArray(BigDecimal[]::new))
                .executeUpdate();
        return marks.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressView progress(long enrollmentId, CohortScope scope) {
        Enrollment enrollment = enrollments.visible(enrollmentId, scope);
        Cohort cohort = cohorts.visible(enrollment.cohortId, scope);
        Records records = Records.of(List.of(enrollment.id));
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
    void cohortCompleted(@Observes CohortStatusChanged change) {
        if (change.to() == CohortStatus.COMPLETED) {
            List<Enrollment> attending = Enrollment.list("cohortId = ?1 and status = ?2 order by id",
                    change.cohort().id, EnrollmentStatus.ATTENDING);
            decide(change.cohort(), attending, change.actor());
        }
    }

    private List<Outcome> decide(Cohort cohort, List<Enrollment> attendees, String actor) {
        if (attendees.isEmpty()) {
            return List.of();
        }
        Records records = Records.of(attendees.stream().map(e -> e.id).toList());
        Map<Long, Participant> people = new HashMap<>();
        if (cohort.leadsToCertificate()) {
            Participant.<Participant>list("id in ?1", attendees.stream().map(e -> e.participantId).toList())
                    .forEach(p -> people.put(p.id, p));
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

    private static Outcome evaluate(Cohort cohort, Records records, long enrollmentId) {
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
    private static void checkEnrollments(Cohort cohort, List<Long> ids) {
        Map<Long, String> statuses = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("SELECT id, status FROM enrollment WHERE cohort_id = :cohort AND id = ANY(CAST(:ids AS bigint[]))")
                .setParameter("cohort", cohort.id).setParameter("ids", ids.toArray(Long[]::new)).getResultList();
        rows.forEach(row -> statuses.put(((Number) row[0]).longValue(), (String) row[1]));
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String status = statuses.get(ids.get(i));
            if (status == null) {
                violations.add(new FieldViolation("[" + i + "].enrollmentId", "not an enrollment of cohort " + cohort.code));
            } else if (!ASSESSED.contains(EnrollmentStatus.valueOf(status))) {
                violations.add(new FieldViolation("[" + i + "].enrollmentId", "is " + status + ", not in class"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("Some marks name enrollments that cannot be marked; nothing was recorded", violations);
        }
    }

    /** The attendance and scores of some enrollments of a cohort, read in two queries. */
    private record Records(Map<Long, Map<LocalDate, Boolean>> days, Map<Long, Map<Integer, BigDecimal>> scores) {

        @SuppressWarnings("unchecked")
        static Records of(List<Long> enrollmentIds) {
            EntityManager em = Panache.getEntityManager();
            Long[] ids = enrollmentIds.toArray(Long[]::new);
            Map<Long, Map<LocalDate, Boolean>> days = new HashMap<>();
            List<Object[]> attendance = em.createNativeQuery("SELECT enrollment_id, session_day, present FROM attendance"
                    + " WHERE enrollment_id = ANY(CAST(:ids AS bigint[]))").setParameter("ids", ids).getResultList();
            for (Object[] row : attendance) {
                days.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                        .put(NativeRows.date(row[1]), (Boolean) row[2]);
            }
            Map<Long, Map<Integer, BigDecimal>> scores = new HashMap<>();
            List<Object[]> assessed = em.createNativeQuery("SELECT enrollment_id, module_position, score FROM assessment"
                    + " WHERE enrollment_id = ANY(CAST(:ids AS bigint[]))").setParameter("ids", ids).getResultList();
            for (Object[] row : assessed) {
                scores.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                        .put(((Number) row[1]).intValue(), (BigDecimal) row[2]);
            }
            return new Records(days, scores);
        }

        Map<LocalDate, Boolean> attendance(long enrollmentId) {
            return days.getOrDefault(enrollmentId, Map.of());
        }

        Map<Integer, BigDecimal> scores(long enrollmentId) {
            return scores.getOrDefault(enrollmentId, Map.of());
        }
    }
}
