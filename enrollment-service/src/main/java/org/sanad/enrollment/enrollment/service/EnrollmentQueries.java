package org.sanad.enrollment.enrollment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.security.Caller;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.common.sql.Row;
import org.sanad.enrollment.enrollment.Enrollment;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.enrollment.EnrollmentTransition;
import org.sanad.enrollment.enrollment.api.EnrollmentView;
import org.sanad.enrollment.participant.Gender;
import org.sanad.enrollment.participant.api.ParticipantView;
import org.sanad.enrollment.participant.service.PersonalData;

/**
 * Every read of enrollments. Views are read with their participant in one query ({@code enrollment e
 * JOIN participant p}), so a page, a feed or an export costs one round trip whatever its length.
 */
@ApplicationScoped
public class EnrollmentQueries {

    private static final String VIEWS = "SELECT e.id, e.cohort_id, e.status, e.waitlist_position, e.attendance_percent,"
            + " e.overall_score, CAST(e.outcome_reasons AS text) AS outcome_reasons, e.nominated_at, e.updated_at,"
            + " p.id AS participant_id, p.given_name, p.family_name, p.institution, p.service_number, p.rank, p.gender,"
            + " p.email, p.account FROM enrollment e JOIN participant p ON p.id = e.participant_id WHERE TRUE";
    private static final TypeReference<List<String>> REASONS = new TypeReference<>() { };

    private final EntityManager em;
    private final ObjectMapper json;

    public EnrollmentQueries(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public Enrollment find(long id) {
        return em.find(Enrollment.class, id);
    }

    /** Reads the enrollment again, e.g. once its cohort is locked. */
    public void refresh(Enrollment enrollment) {
        em.refresh(enrollment);
    }

    public boolean enrolled(long cohortId, long participantId) {
        return !em.createQuery("SELECT 1 FROM Enrollment WHERE cohortId = :cohort AND participantId = :participant",
                        Integer.class)
                .setParameter("cohort", cohortId).setParameter("participant", participantId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Those of the participants already enrolled in the cohort; the ids go as one array, however many. */
    public Set<Long> enrolledAmong(long cohortId, Collection<Long> participantIds) {
        Set<Long> enrolled = new HashSet<>();
        Row.all(em.createNativeQuery("SELECT participant_id FROM enrollment WHERE cohort_id = :cohort"
                        + " AND participant_id = ANY(CAST(:ids AS bigint[]))", Tuple.class)
                .setParameter("cohort", cohortId).setParameter("ids", participantIds.toArray(Long[]::new)))
                .forEach(row -> enrolled.add(row.longValue("participant_id")));
        return enrolled;
    }

    /** The cohort's enrollments in any of the statuses, in the order they were made. */
    public List<Enrollment> inStatus(long cohortId, Collection<EnrollmentStatus> statuses) {
        return em.createQuery("FROM Enrollment WHERE cohortId = :cohort AND status IN :statuses ORDER BY id",
                        Enrollment.class)
                .setParameter("cohort", cohortId).setParameter("statuses", statuses).getResultList();
    }

    /** The first in line on the cohort's waitlist, if any. */
    public Enrollment firstWaitlisted(long cohortId) {
        return em.createQuery("FROM Enrollment WHERE cohortId = :cohort AND status = :status ORDER BY waitlistPosition",
                        Enrollment.class)
                .setParameter("cohort", cohortId).setParameter("status", EnrollmentStatus.WAITLISTED)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The cohort's free seats and the next waitlist position; call with the cohort locked. */
    Seats seats(long cohortId) {
        Row row = Row.single(em.createNativeQuery("SELECT c.capacity - c.seats_taken AS free,"
                        + " COALESCE((SELECT max(waitlist_position) FROM enrollment WHERE cohort_id = c.id), 0) + 1"
                        + " AS next_position FROM cohort c WHERE c.id = :id", Tuple.class)
                .setParameter("id", cohortId));
        return new Seats(row.intValue("free"), row.intValue("next_position"));
    }

    public List<EnrollmentTransition> history(long enrollmentId) {
        return em.createQuery("FROM EnrollmentTransition WHERE enrollmentId = :id ORDER BY id", EnrollmentTransition.class)
                .setParameter("id", enrollmentId).getResultList();
    }

    /** The enrollment with its participant, as the caller may see them. */
    public EnrollmentView view(long id, Caller caller) {
        return views(List.of(id), caller).get(0);
    }

    /** The enrollments with their participants, in id order, whoever asks: callers filter by scope first. */
    public List<EnrollmentView> views(List<Long> ids, Caller caller) {
        return new KeysetQuery(VIEWS).and("e.id = ANY(CAST(:ids AS bigint[]))", "ids", ids.toArray(Long[]::new))
                .all(em, "ORDER BY e.id").stream().map(row -> view(row, caller)).toList();
    }

    /** A page of the cohort's enrollments in id order, optionally of one status. */
    public Page<EnrollmentView> page(long cohortId, EnrollmentStatus status, int size, String cursor, Caller caller) {
        KeysetQuery query = new KeysetQuery(VIEWS).and("e.cohort_id = :cohort", "cohort", cohortId);
        if (status != null) {
            query.and("e.status = :status", "status", status.name());
        }
        if (cursor != null) {
            query.and("e.id > :after", "after", Cursor.decode(cursor, 1).longKey(0));
        }
        return Page.fromLookahead(query.page(em, "e.id", size), size, row -> Cursor.of(row.longValue("id")),
                row -> view(row, caller));
    }

    /** Writes pending changes now, e.g. to free a seat before another takes it (the seat CHECK sees each statement). */
    public void flush() {
        em.flush();
    }

    private EnrollmentView view(Row row, Caller caller) {
        ParticipantView participant = new ParticipantView(row.longValue("participant_id"), row.string("given_name"),
                row.string("family_name"), row.string("institution"), row.string("service_number"), row.string("rank"),
                row.enumValue("gender", Gender.class), row.string("email"), row.string("account"));
        return new EnrollmentView(row.longValue("id"), row.longValue("cohort_id"),
                PersonalData.forCaller(participant, caller), row.enumValue("status", EnrollmentStatus.class),
                row.nullableInt("waitlist_position"), row.decimal("attendance_percent"), row.decimal("overall_score"),
                reasons(row.string("outcome_reasons")), row.timestamp("nominated_at"), row.timestamp("updated_at"));
    }

    private List<String> reasons(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, REASONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outcome reasons", e);
        }
    }
}
