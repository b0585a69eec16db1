package org.sanad.enrollment.sync.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import org.sanad.common.security.Roles;
import org.sanad.common.sql.Row;
import org.sanad.enrollment.access.CohortScope;

/** The change log partners pull: which cohorts, enrollments and tombstones changed, in one total order. */
@ApplicationScoped
public class ChangeQueries {

    private final EntityManager em;

    public ChangeQueries(EntityManager em) {
        this.em = em;
    }

    /** One changed row; {@code xid} and {@code seq} are its position in the feed. */
    public record Changed(String kind, long id, long cohortId, boolean deleted, long xid, long seq) {
    }

    /** The oldest transaction still running: changes at or after it may yet be joined by older ones. */
    public long horizon() {
        return Row.single(em.createNativeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin",
                Tuple.class)).longValue("xmin");
    }

    /** Up to {@code limit} changes the caller may see after the position and before the horizon. */
    public List<Changed> after(long afterXid, long afterSeq, long horizon, int limit, CohortScope scope) {
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
        Query query = em.createNativeQuery(sql, Tuple.class)
                .setParameter("afterXid", afterXid).setParameter("afterSeq", afterSeq)
                .setParameter("horizon", horizon).setParameter("limit", limit);
        visible.parameters().forEach(query::setParameter);
        if (!lostAccess.isEmpty()) {
            query.setParameter("partner", scope.caller().institution().get());
        }
        return Row.all(query).stream().map(row -> new Changed(row.string("kind"), row.longValue("id"),
                row.longValue("cohort_id"), row.bool("deleted"), row.longValue("change_xid"), row.longValue("change_seq")))
                .toList();
    }
}
