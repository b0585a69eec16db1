package org.sanad.enrollment.sync.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.sanad.common.paging.KeysetQuery;
import org.sanad.common.problem.ProblemException;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.sync.api.Statistics;
import org.sanad.enrollment.sync.api.Statistics.Counts;
import org.sanad.enrollment.sync.api.Statistics.Group;

/** Numbers trained per cohort or per programme, disaggregated by gender and institution, in one query. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainingStatistics {

    private static final String COUNTS = "SELECT GROUPING(p.gender) AS by_gender, GROUPING(p.institution) AS by_institution,"
            + " p.gender, p.institution,"
            + " count(*) FILTER (WHERE e.status IN ('CONFIRMED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED')),"
            + " count(*) FILTER (WHERE e.status = 'COMPLETED'),"
            + " count(*) FILTER (WHERE e.status = 'NOT_COMPLETED'),"
            + " count(*) FILTER (WHERE e.status = 'WITHDRAWN'),"
            + " count(*) FILTER (WHERE e.status = 'NO_SHOW'),"
            + " count(*) FILTER (WHERE e.status = 'WAITLISTED')"
            + " FROM enrollment e JOIN participant p ON p.id = e.participant_id JOIN cohort c ON c.id = e.cohort_id WHERE TRUE";

    private final Cohorts cohorts;

    public TrainingStatistics(Cohorts cohorts) {
        this.cohorts = cohorts;
    }

    public Statistics forCohort(long cohortId, CohortScope scope) {
        String code = cohorts.visible(cohortId, scope).code;
        return compute("cohort " + code, new KeysetQuery(COUNTS).and("c.id = :cohort", "cohort", cohortId));
    }

    /** Over every cohort of the programme (any version) that the caller may see. */
    public Statistics forProgramme(String programmeCode, CohortScope scope) {
        boolean seesAny = !scope.restrict(new KeysetQuery("SELECT c.id, 1 FROM cohort c WHERE TRUE")
                        .and("c.programme_code = :programme", "programme", programmeCode))
                .page(Panache.getEntityManager(), "c.id", 1).isEmpty();
        if (!seesAny) {
            throw ProblemException.notFound("Programme with cohorts you may see", programmeCode);
        }
        return compute("programme " + programmeCode,
                scope.restrict(new KeysetQuery(COUNTS).and("c.programme_code = :programme", "programme", programmeCode)));
    }

    private static Statistics compute(String scopeName, KeysetQuery query) {
        Counts total = counts(null);
        List<Group> byGender = new ArrayList<>();
        List<Group> byInstitution = new ArrayList<>();
        for (Object[] row : query.all(Panache.getEntityManager(),
                "GROUP BY GROUPING SETS ((), (p.gender), (p.institution)) ORDER BY 1, 2, 3, 4")) {
            boolean genderRolledUp = ((Number) row[0]).intValue() == 1;
            boolean institutionRolledUp = ((Number) row[1]).intValue() == 1;
            Counts counts = counts(row);
            if (genderRolledUp && institutionRolledUp) {
                total = counts;
            } else if (!genderRolledUp) {
                byGender.add(new Group((String) row[2], counts));
            } else {
                byInstitution.add(new Group((String) row[3], counts));
            }
        }
        return new Statistics(scopeName, total, byGender, byInstitution);
    }

    private static Counts counts(Object[] row) {
        if (row == null) {
            return new Counts(0, 0, 0, 0, 0, 0, null);
        }
        long enrolled = ((Number) row[4]).longValue();
        long completed = ((Number) row[5]).longValue();
        BigDecimal rate = enrolled == 0 ? null
                : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(enrolled), 4, RoundingMode.HALF_UP);
        return new Counts(enrolled, completed, ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                ((Number) row[8]).longValue(), ((Number) row[9]).longValue(), rate);
    }
}
