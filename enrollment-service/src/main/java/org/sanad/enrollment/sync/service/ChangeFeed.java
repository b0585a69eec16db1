package org.sanad.enrollment.sync.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanad.common.paging.Cursor;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.api.CohortSummary;
import org.sanad.enrollment.cohort.service.CohortQueries;
import org.sanad.enrollment.enrollment.api.EnrollmentView;
import org.sanad.enrollment.enrollment.service.EnrollmentQueries;
import org.sanad.enrollment.sync.api.Change;
import org.sanad.enrollment.sync.api.ChangePage;
import org.sanad.enrollment.sync.service.ChangeQueries.Changed;

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

    private final ChangeQueries changes;
    private final CohortQueries cohorts;
    private final EnrollmentQueries enrollments;

    public ChangeFeed(ChangeQueries changes, CohortQueries cohorts, EnrollmentQueries enrollments) {
        this.changes = changes;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
    }

    public ChangePage since(String cursor, int size, CohortScope scope) {
        long afterXid = 0;
        long afterSeq = 0;
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, 2);
            afterXid = position.longKey(0);
            afterSeq = position.longKey(1);
        }
        List<Changed> rows = changes.after(afterXid, afterSeq, changes.horizon(), size + 1, scope);
        boolean more = rows.size() > size;
        List<Changed> kept = more ? rows.subList(0, size) : rows;
        Changed last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        String next = last == null ? Cursor.of(afterXid, afterSeq).encode() : Cursor.of(last.xid(), last.seq()).encode();
        return new ChangePage(resolve(kept, scope), next, more);
    }

    /** Reads the current state of what changed: one query for the cohorts, one for the enrollments. */
    private List<Change> resolve(List<Changed> rows, CohortScope scope) {
        List<Long> cohortIds = new ArrayList<>();
        List<Long> enrollmentIds = new ArrayList<>();
        for (Changed row : rows) {
            if (!row.deleted()) {
                ("COHORT".equals(row.kind()) ? cohortIds : enrollmentIds).add(row.id());
            }
        }
        Map<Long, CohortSummary> cohortsNow = new HashMap<>();
        if (!cohortIds.isEmpty()) {
            cohorts.summaries(cohortIds).forEach(c -> cohortsNow.put(c.id(), c));
        }
        Map<Long, EnrollmentView> enrollmentsNow = new HashMap<>();
        if (!enrollmentIds.isEmpty()) {
            enrollments.views(enrollmentIds, scope.caller()).forEach(view -> enrollmentsNow.put(view.id(), view));
        }
        List<Change> changed = new ArrayList<>(rows.size());
        for (Changed row : rows) {
            boolean current = !row.deleted();
            changed.add(new Change(row.kind(), row.id(), row.cohortId(), row.deleted(),
                    current && "COHORT".equals(row.kind()) ? cohortsNow.get(row.id()) : null,
                    current && "ENROLLMENT".equals(row.kind()) ? enrollmentsNow.get(row.id()) : null));
        }
        return changed;
    }
}
