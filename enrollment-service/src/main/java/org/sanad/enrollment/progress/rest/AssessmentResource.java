package org.sanad.enrollment.progress.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;
import static org.sanad.common.security.Roles.PARTNER;
import static org.sanad.common.security.Roles.REGISTRAR;
import static org.sanad.common.security.Roles.SERVICE;
import static org.sanad.common.security.Roles.TRAINER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.security.CurrentCaller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.progress.api.Recorded;
import org.sanad.enrollment.progress.api.ScoreMark;
import org.sanad.enrollment.progress.service.Progress;

@Path("/cohorts/{cohortId}/assessments")
@Tag(name = "Attendance and results")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class AssessmentResource {

    private final Progress progress;
    private final CurrentCaller caller;

    public AssessmentResource(Progress progress, CurrentCaller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    @PUT
    @Path("/{module}")
    @RolesAllowed({ADMIN, REGISTRAR, TRAINER})
    @Operation(operationId = "recordScores", summary = "Record one module's assessment scores",
            description = "Scores from 0 to 100; a score recorded again replaces the earlier one. All or nothing.")
    @APIResponse(responseCode = "200", description = "The number of scores recorded")
    @APIResponse(responseCode = "400", description = "Invalid scores, each listed")
    @APIResponse(responseCode = "403", description = "Not a trainer of the cohort nor a registrar of its host")
    @APIResponse(responseCode = "409", description = "The cohort is not in progress or completed")
    @APIResponse(responseCode = "422", description = "Not a module of the cohort, or enrollments not in class, each listed")
    public Recorded scores(@PathParam("cohortId") long cohortId,
            @PathParam("module") @Parameter(example = "MIGRANT-RIGHTS") String module,
            @Valid @NotNull @NotEmpty @Size(max = 10000) List<@NotNull @Valid ScoreMark> marks) {
        return new Recorded(progress.recordScores(cohortId, module, marks, CohortScope.of(caller.get())));
    }
}
