package org.sanad.enrollment.sync.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.sanad.common.problem.ProblemException;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.service.CohortQueries;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.sync.api.Statistics;
import org.sanad.enrollment.sync.api.Statistics.Counts;
import org.sanad.enrollment.sync.api.Statistics.Group;
import org.sanad.enrollment.sync.service.StatisticsQueries.GroupCounts;

/** Numbers trained per cohort or per programme, disaggregated by gender and institution, in one query. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainingStatistics {

    private final StatisticsQueries statistics;
    private final Cohorts cohorts;
    private final CohortQueries cohortQueries;

    public TrainingStatistics(StatisticsQueries statistics, Cohorts cohorts, CohortQueries cohortQueries) {
        this.statistics = statistics;
        this.cohorts = cohorts;
        this.cohortQueries = cohortQueries;
    }

    public Statistics forCohort(long cohortId, CohortScope scope) {
        String code = cohorts.visible(cohortId, scope).code;
        return arrange("cohort " + code, statistics.forCohort(cohortId));
    }

    /** Over every cohort of the programme (any version) that the caller may see. */
    public Statistics forProgramme(String programmeCode, CohortScope scope) {
        if (!cohortQueries.seesAnyOf(programmeCode, scope)) {
            throw ProblemException.notFound("Programme with cohorts you may see", programmeCode);
        }
        return arrange("programme " + programmeCode, statistics.forProgramme(programmeCode, scope));
    }

    private static Statistics arrange(String scopeName, List<GroupCounts> groups) {
        Counts total = new Counts(0, 0, 0, 0, 0, 0, null);
        List<Group> byGender = new ArrayList<>();
        List<Group> byInstitution = new ArrayList<>();
        for (GroupCounts group : groups) {
            if (group.total()) {
                total = group.counts();
            } else if (group.gender() != null) {
                byGender.add(new Group(group.gender(), group.counts()));
            } else {
                byInstitution.add(new Group(group.institution(), group.counts()));
            }
        }
        return new Statistics(scopeName, total, byGender, byInstitution);
    }
}
