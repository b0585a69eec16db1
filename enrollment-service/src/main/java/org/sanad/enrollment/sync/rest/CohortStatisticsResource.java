package org.sanad.enrollment.sync.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;
import static org.sanad.common.security.Roles.PARTNER;
import static org.sanad.common.security.Roles.REGISTRAR;
import static org.sanad.common.security.Roles.SERVICE;
import static org.sanad.common.security.Roles.TRAINER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.security.CurrentCaller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.sync.api.Statistics;
import org.sanad.enrollment.sync.service.TrainingStatistics;

@Path("/cohorts/{cohortId}/statistics")
@Tag(name = "Partner sync")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class CohortStatisticsResource {

    private final TrainingStatistics statistics;
    private final CurrentCaller caller;

    public CohortStatisticsResource(TrainingStatistics statistics, CurrentCaller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "readCohortStatistics",
            summary = "Numbers trained in a cohort", description = "Enrolled, completed and completion rate, in total "
            + "and by gender and institution.")
    @APIResponse(responseCode = "200", description = "The statistics")
    public Statistics cohort(@PathParam("cohortId") long cohortId) {
        return statistics.forCohort(cohortId, CohortScope.of(caller.get()));
    }
}
