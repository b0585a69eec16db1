package org.sanad.enrollment.cohort.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.common.sql.Row;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.cohort.api.CohortSummary;

/** Every read of cohorts, and the writes that are not one entity's fields. */
@ApplicationScoped
public class CohortQueries {

    private static final String SUMMARY = "SELECT c.id, c.code, c.programme_code, c.programme_version,"
            + " c.programme_title, c.host_institution, c.partner_institutions, c.location, c.start_date, c.end_date,"
            + " c.capacity, c.seats_taken, c.language, c.status FROM cohort c WHERE TRUE";

    private final EntityManager em;

    public CohortQueries(EntityManager em) {
        this.em = em;
    }

    public Cohort find(long id) {
        return em.find(Cohort.class, id);
    }

    public boolean codeTaken(String code) {
        return !em.createQuery("SELECT 1 FROM Cohort WHERE code = :code", Integer.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    /** The cohort, locked until the transaction ends and read afresh under the lock. */
    public Cohort locked(long id) {
        Cohort cohort = em.find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(cohort);
        return cohort;
    }

    /** Whether the account is one of the participants named as trainers. */
    public boolean anyIsAccount(Collection<Long> participantIds, String account) {
        return !participantIds.isEmpty() && !em.createNativeQuery("SELECT 1 FROM participant WHERE account = :account"
                        + " AND id IN (:ids)")
                .setParameter("account", account).setParameter("ids", participantIds).getResultList().isEmpty();
    }

    /** The caller's cohorts in id order, filtered by whichever of code, status and programme are given. */
    public Page<CohortSummary> page(String code, CohortStatus status, String programme, int size, String cursor,
            CohortScope scope) {
        KeysetQuery query = scope.restrict(new KeysetQuery(SUMMARY));
        if (code != null) {
            query.and("c.code = :code", "code", code);
        }
        if (status != null) {
            query.and("c.status = :status", "status", status.name());
        }
        if (programme != null) {
            query.and("c.programme_code = :programme", "programme", programme);
        }
        if (cursor != null) {
            query.and("c.id > :after", "after", Cursor.decode(cursor, 1).longKey(0));
        }
        return Page.fromLookahead(query.page(em, "c.id", size), size, row -> Cursor.of(row.longValue("id")),
                CohortQueries::summary);
    }

    /** Summaries of the given cohorts, whoever asks: callers filter by scope first. */
    public List<CohortSummary> summaries(List<Long> ids) {
        return new KeysetQuery(SUMMARY).and("c.id = ANY(CAST(:ids AS bigint[]))", "ids", ids.toArray(Long[]::new))
                .all(em, "ORDER BY c.id").stream().map(CohortQueries::summary).toList();
    }

    /** Whether the caller sees at least one cohort of the programme, any version. */
    public boolean seesAnyOf(String programmeCode, CohortScope scope) {
        return !scope.restrict(new KeysetQuery("SELECT c.id FROM cohort c WHERE TRUE")
                .and("c.programme_code = :programme", "programme", programmeCode)).page(em, "c.id", 1).isEmpty();
    }

    /**
     * Marks every enrollment of the cohort as changed now, so a partner that has just gained access
     * receives them although they changed before its cursor.
     */
    public void restampEnrollments(long cohortId) {
        em.createNativeQuery("UPDATE enrollment SET updated_at = updated_at WHERE cohort_id = :id")
                .setParameter("id", cohortId).executeUpdate();
    }

    /** Writes pending changes now, so the answer carries the revision the database gave them. */
    public void flush() {
        em.flush();
    }

    private static CohortSummary summary(Row row) {
        return new CohortSummary(row.longValue("id"), row.string("code"), row.string("programme_code"),
                row.intValue("programme_version"), row.string("programme_title"), row.string("host_institution"),
                row.strings("partner_institutions"), row.string("location"), row.date("start_date"), row.date("end_date"),
                row.intValue("capacity"), row.intValue("seats_taken"), row.string("language"),
                row.enumValue("status", CohortStatus.class));
    }
}
