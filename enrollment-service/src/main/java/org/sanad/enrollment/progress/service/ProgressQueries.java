package org.sanad.enrollment.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanad.common.sql.Row;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.progress.api.AttendanceMark;
import org.sanad.enrollment.progress.api.ScoreMark;

/** Attendance and scores: written in one statement per request, read in one query per kind. */
@ApplicationScoped
public class ProgressQueries {

    private final EntityManager em;

    public ProgressQueries(EntityManager em) {
        this.em = em;
    }

    /** Records presence on one day; a mark given again replaces the earlier one. */
    public void recordAttendance(LocalDate day, List<AttendanceMark> marks, String actor) {
        em.createNativeQuery("INSERT INTO attendance (enrollment_id, session_day, present, recorded_by)"
                        + " SELECT m.id, :day, m.present, :actor FROM unnest(CAST(:ids AS bigint[]), CAST(:present AS boolean[]))"
                        + " AS m(id, present) ON CONFLICT (enrollment_id, session_day) DO UPDATE"
                        + " SET present = excluded.present, recorded_by = excluded.recorded_by, recorded_at = now()")
                .setParameter("day", day)
                .setParameter("actor", actor)
                .setParameter("ids", marks.stream().map(AttendanceMark::enrollmentId).toArray(Long[]::new))
                .setParameter("present", marks.stream().map(AttendanceMark::present).toArray(Boolean[]::new))
                .executeUpdate();
    }

    /** Records the scores of one module; a score given again replaces the earlier one. */
    public void recordScores(int modulePosition, List<ScoreMark> marks, String actor) {
        em.createNativeQuery("INSERT INTO assessment (enrollment_id, module_position, score, recorded_by)"
                        + " SELECT m.id, :position, m.score, :actor FROM unnest(CAST(:ids AS bigint[]), CAST(:scores AS numeric[]))"
                        + " AS m(id, score) ON CONFLICT (enrollment_id, module_position) DO UPDATE"
                        + " SET score = excluded.score, recorded_by = excluded.recorded_by, recorded_at = now()")
                .setParameter("position", modulePosition)
                .setParameter("actor", actor)
                .setParameter("ids", marks.stream().map(ScoreMark::enrollmentId).toArray(Long[]::new))
                .setParameter("scores", marks.stream().map(ScoreMark::score).toArray(BigDecimal[]::new))
                .executeUpdate();
    }

    /** The status of each of the ids that is an enrollment of the cohort; the others are absent. */
    public Map<Long, EnrollmentStatus> statusesIn(long cohortId, List<Long> enrollmentIds) {
        Map<Long, EnrollmentStatus> statuses = new HashMap<>();
        Row.all(em.createNativeQuery("SELECT id, status FROM enrollment WHERE cohort_id = :cohort"
                        + " AND id = ANY(CAST(:ids AS bigint[]))", Tuple.class)
                .setParameter("cohort", cohortId).setParameter("ids", enrollmentIds.toArray(Long[]::new)))
                .forEach(row -> statuses.put(row.longValue("id"), row.enumValue("status", EnrollmentStatus.class)));
        return statuses;
    }

    /** The attendance and scores of some enrollments, in two queries. */
    public ProgressRecords records(List<Long> enrollmentIds) {
        Long[] ids = enrollmentIds.toArray(Long[]::new);
        Map<Long, Map<LocalDate, Boolean>> days = new HashMap<>();
        Row.all(em.createNativeQuery("SELECT enrollment_id, session_day, present FROM attendance"
                        + " WHERE enrollment_id = ANY(CAST(:ids AS bigint[]))", Tuple.class).setParameter("ids", ids))
                .forEach(row -> days.computeIfAbsent(row.longValue("enrollment_id"), k -> new HashMap<>())
                        .put(row.date("session_day"), row.bool("present")));
        Map<Long, Map<Integer, BigDecimal>> scores = new HashMap<>();
        Row.all(em.createNativeQuery("SELECT enrollment_id, module_position, score FROM assessment"
                        + " WHERE enrollment_id = ANY(CAST(:ids AS bigint[]))", Tuple.class).setParameter("ids", ids))
                .forEach(row -> scores.computeIfAbsent(row.longValue("enrollment_id"), k -> new HashMap<>())
                        .put(row.intValue("module_position"), row.decimal("score")));
        return new ProgressRecords(days, scores);
    }
}
