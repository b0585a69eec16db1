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

@Path("/programmes/{code}/statistics")
@Tag(name = "Partner sync")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ProgrammeStatisticsResource {

    private final TrainingStatistics statistics;
    private final CurrentCaller caller;

    public ProgrammeStatisticsResource(TrainingStatistics statistics, CurrentCaller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "readProgrammeStatistics",
            summary = "Numbers trained on a programme", description = "Over every cohort of the programme, any version, "
            + "that the caller may see: in total and by gender and institution.")
    @APIResponse(responseCode = "200", description = "The statistics")
    @APIResponse(responseCode = "404", description = "No cohort of this programme that the caller may see")
    public Statistics programme(@PathParam("code") String code) {
        return statistics.forProgramme(code, CohortScope.of(caller.get()));
    }
}
