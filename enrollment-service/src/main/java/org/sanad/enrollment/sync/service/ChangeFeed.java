package org.sanad.enrollment.sync.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanad.common.paging.Cursor;
import org.sanad.common.security.Roles;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.api.CohortSummary;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.enrollment.api.EnrollmentView;
import org.sanad.enrollment.enrollment.service.EnrollmentRows;
import org.sanad.enrollment.sync.api.Change;
import org.sanad.enrollment.sync.api.ChangePage;

/**
 * Every change to the cohorts and enrollments a caller may see, since the cursor it last received,
 * including deletions as tombstones, so a partner's copy converges exactly by pulling repeatedly.
 *
 * <p>Rows carry the id of the transaction that last wrote them. A page only hands out changes of
 * transactions older than every transaction still running ({@code pg_snapshot_xmin}): a slow
 * transaction that commits after a later one can therefore never slip behind a cursor already
 * given out. Ordered by (transaction, sequence), so the cursor is a position in one total order.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeed {

    private final Cohorts cohorts;

    public ChangeFeed(Cohorts cohorts) {
        this.cohorts = cohorts;
    }

    public ChangePage since(String cursor, int size, CohortScope scope) {
        long afterXid = 0;
        long afterSeq = 0;
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, 2);
            afterXid = position.longKey(0);
            afterSeq = position.longKey(1);
        }
        EntityManager em = Panache.getEntityManager();
        long horizon = ((Number) em.createNativeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .getSingleResult()).longValue();
        CohortScope.Condition visible = scope.condition();
        // Each branch is ordered and limited on its own, so it walks its (change_xid, change_seq) index
        // and stops after a page, rather than gathering every visible row before sorting.
        String newer = " AND (%1$s.change_xid, %1$s.change_seq) > (:afterXid, :afterSeq) AND %1$s.change_xid < :horizon"
                + " ORDER BY %1$s.change_xid, %1$s.change_seq LIMIT :limit)";
        String lostAccess = scope.caller().hasRole(Roles.PARTNER) && scope.caller().institution().isPresent()
                ? " OR t.institution = :partner" : "";
        String sql = "SELECT * FROM ("
                + "(SELECT 'COHORT' AS kind, c.id, c.id AS cohort_id, false AS deleted, c.change_xid, c.change_seq"
                + " FROM cohort c WHERE " + visible.sql() + newer.formatted("c")
                + " UNION ALL (SELECT 'ENROLLMENT', e.id, e.cohort_id, false, e.change_xid, e.change_seq"
                + " FROM enrollment e JOIN cohort c ON c.id = e.cohort_id WHERE " + visible.sql() + newer.formatted("e")
                + " UNION ALL (SELECT t.kind, t.entity_id, t.cohort_id, true, t.change_xid, t.change_seq"
                + " FROM tombstone t JOIN cohort c ON c.id = t.cohort_id"
                + " WHERE ((t.institution IS NULL AND " + visible.sql() + ")" + lostAccess + ")" + newer.formatted("t")
                + ") AS changes ORDER BY change_xid, change_seq LIMIT :limit";
        Query query = em.createNativeQuery(sql)
                .setParameter("afterXid", afterXid).setParameter("afterSeq", afterSeq)
                .setParameter("horizon", horizon).setParameter("limit", size + 1);
        visible.parameters().forEach(query::setParameter);
        if (!lostAccess.isEmpty()) {
            query.setParameter("partner", scope.caller().institution().get());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > size;
        List<Object[]> kept = more ? rows.subList(0, size) : rows;
        String next = kept.isEmpty()
                ? Cursor.of(afterXid, afterSeq).encode()
                : Cursor.of(kept.get(kept.size() - 1)[4], kept.get(kept.size() - 1)[5]).encode();
        return new ChangePage(resolve(kept, scope), next, more);
    }

    /** Reads the current state of what changed: one query for the cohorts, one for the enrollments. */
    private List<Change> resolve(List<Object[]> rows, CohortScope scope) {
        List<Long> cohortIds = new ArrayList<>();
        List<Long> enrollmentIds = new ArrayList<>();
        for (Object[] row : rows) {
            if (!(Boolean) row[3]) {
                ("COHORT".equals(row[0]) ? cohortIds : enrollmentIds).add(((Number) row[1]).longValue());
            }
        }
        Map<Long, CohortSummary> cohortsNow = new HashMap<>();
        if (!cohortIds.isEmpty()) {
            cohorts.summaries(cohortIds).forEach(c -> cohortsNow.put(c.id(), c));
        }
        Map<Long, EnrollmentView> enrollmentsNow = new HashMap<>();
        if (!enrollmentIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = Panache.getEntityManager()
                    .createNativeQuery("SELECT " + EnrollmentRows.COLUMNS + EnrollmentRows.FROM
                            + " WHERE e.id = ANY(CAST(:ids AS bigint[]))")
                    .setParameter("ids", enrollmentIds.toArray(Long[]::new)).getResultList();
            found.forEach(row -> {
                EnrollmentView view = EnrollmentRows.view(row, scope.caller());
                enrollmentsNow.put(view.id(), view);
            });
        }
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String kind = (String) row[0];
            long id = ((Number) row[1]).longValue();
            boolean deleted = (Boolean) row[3];
            changes.add(new Change(kind, id, ((Number) row[2]).longValue(), deleted,
                    deleted || !"COHORT".equals(kind) ? null : cohortsNow.get(id),
                    deleted || !"ENROLLMENT".equals(kind) ? null : enrollmentsNow.get(id)));
        }
        return changes;
    }
}
