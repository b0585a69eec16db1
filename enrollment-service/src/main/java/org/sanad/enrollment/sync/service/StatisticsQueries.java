package org.sanad.enrollment.sync.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.common.sql.Row;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.sync.api.Statistics.Counts;

/** Enrollment counts by status, in total, by gender and by institution, in one query. */
@ApplicationScoped
public class StatisticsQueries {

    private static final String COUNTS = "SELECT GROUPING(p.gender) AS by_gender, GROUPING(p.institution) AS by_institution,"
            + " p.gender, p.institution,"
            + " count(*) FILTER (WHERE e.status IN ('CONFIRMED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED')) AS enrolled,"
            + " count(*) FILTER (WHERE e.status = 'COMPLETED') AS completed,"
            + " count(*) FILTER (WHERE e.status = 'NOT_COMPLETED') AS not_completed,"
            + " count(*) FILTER (WHERE e.status = 'WITHDRAWN') AS withdrawn,"
            + " count(*) FILTER (WHERE e.status = 'NO_SHOW') AS no_show,"
            + " count(*) FILTER (WHERE e.status = 'WAITLISTED') AS waitlisted"
            + " FROM enrollment e JOIN participant p ON p.id = e.participant_id JOIN cohort c ON c.id = e.cohort_id WHERE TRUE";

    private final EntityManager em;

    public StatisticsQueries(EntityManager em) {
        this.em = em;
    }

    /** The counts of one group: everyone (neither key), one gender, or one institution. */
    public record GroupCounts(String gender, String institution, Counts counts) {

        public boolean total() {
            return gender == null && institution == null;
        }
    }

    public List<GroupCounts> forCohort(long cohortId) {
        return counts(new KeysetQuery(COUNTS).and("c.id = :cohort", "cohort", cohortId));
    }

    /** Over every cohort of the programme (any version) that the caller may see. */
    public List<GroupCounts> forProgramme(String programmeCode, CohortScope scope) {
        return counts(scope.restrict(new KeysetQuery(COUNTS).and("c.programme_code = :programme", "programme", programmeCode)));
    }

    private List<GroupCounts> counts(KeysetQuery query) {
        return query.all(em, "GROUP BY GROUPING SETS ((), (p.gender), (p.institution)) ORDER BY by_gender, by_institution,"
                + " p.gender, p.institution").stream().map(StatisticsQueries::group).toList();
    }

    private static GroupCounts group(Row row) {
        long enrolled = row.longValue("enrolled");
        long completed = row.longValue("completed");
        BigDecimal rate = enrolled == 0 ? null
                : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(enrolled), 4, RoundingMode.HALF_UP);
        Counts counts = new Counts(enrolled, completed, row.longValue("not_completed"), row.longValue("withdrawn"),
                row.longValue("no_show"), row.longValue("waitlisted"), rate);
        return new GroupCounts(row.intValue("by_gender") == 1 ? null : row.string("gender"),
                row.intValue("by_institution") == 1 ? null : row.string("institution"), counts);
    }
}
