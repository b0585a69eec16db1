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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.security.CurrentCaller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.sync.service.EnrollmentExport;

@Path("/exports/enrollments")
@Tag(name = "Partner sync")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ExportResource {

    private final EnrollmentExport export;
    private final CurrentCaller caller;

    public ExportResource(EnrollmentExport export, CurrentCaller caller) {
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportEnrollments", summary = "Every enrollment the caller may see, as CSV",
            description = "Streamed in id order with a header row (UTF-8): participant, cohort, status and results, "
                    + "with only the personal data the caller may see. Filter by cohort or programme.")
    @APIResponse(responseCode = "200", description = "The CSV, streamed")
    @APIResponse(responseCode = "400", description = "A bad filter")
    public Response csv(@QueryParam("cohort") Long cohort, @QueryParam("programme") @Parameter(example = "TOT-MIGRATION") String programme) {
        return Response.ok(export.csv(cohort, programme, CohortScope.of(caller.get())))
                .header("Content-Disposition", "attachment; filename=\"enrollments.csv\"").build();
    }
}
