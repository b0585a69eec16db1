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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.security.CurrentCaller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.progress.api.AttendanceMark;
import org.sanad.enrollment.progress.api.Recorded;
import org.sanad.enrollment.progress.service.Progress;

@Path("/cohorts/{cohortId}/attendance")
@Tag(name = "Attendance and results", description = "Recorded by a cohort's trainers and its host's registrars while "
        + "it runs; completion is computed from the programme rules the cohort pinned.")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class AttendanceResource {

    private final Progress progress;
    private final CurrentCaller caller;

    public AttendanceResource(Progress progress, CurrentCaller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    @PUT
    @Path("/{day}")
    @RolesAllowed({ADMIN, REGISTRAR, TRAINER})
    @Operation(operationId = "recordAttendance", summary = "Record one session day's attendance",
            description = "One mark per enrollment; a mark recorded again replaces the earlier one. All or nothing.")
    @APIResponse(responseCode = "200", description = "The number of marks recorded")
    @APIResponse(responseCode = "400", description = "Invalid marks, each listed")
    @APIResponse(responseCode = "403", description = "Not a trainer of the cohort nor a registrar of its host")
    @APIResponse(responseCode = "409", description = "The cohort is not in progress or completed")
    @APIResponse(responseCode = "422", description = "Not a session day, or marks naming enrollments not in class, each listed")
    public Recorded attendance(@PathParam("cohortId") long cohortId,
            @PathParam("day") @Parameter(example = "2025-02-24") LocalDate day,
            @Valid @NotNull @NotEmpty @Size(max = 10000) List<@NotNull @Valid AttendanceMark> marks) {
        return new Recorded(progress.recordAttendance(cohortId, day, marks, CohortScope.of(caller.get())));
    }
}
