package org.sanad.enrollment.enrollment.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;
import static org.sanad.common.security.Roles.PARTNER;
import static org.sanad.common.security.Roles.REGISTRAR;
import static org.sanad.common.security.Roles.SERVICE;
import static org.sanad.common.security.Roles.TRAINER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.sanad.common.paging.Page;
import org.sanad.common.security.CurrentCaller;
import org.sanad.common.web.Responses;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.enrollment.api.EnrollmentRequest;
import org.sanad.enrollment.enrollment.api.EnrollmentView;
import org.sanad.enrollment.enrollment.api.ImportReport;
import org.sanad.enrollment.enrollment.service.EnrollmentImport;
import org.sanad.enrollment.enrollment.service.Enrollments;

@Path("/cohorts/{cohortId}/enrollments")
@Tag(name = "Enrollments")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class CohortEnrollmentResource {

    private final Enrollments enrollments;
    private final EnrollmentImport imports;
    private final CurrentCaller caller;

    public CohortEnrollmentResource(Enrollments enrollments, EnrollmentImport imports, CurrentCaller caller) {
        this.enrollments = enrollments;
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "enrollParticipant", summary = "Enroll a participant",
            description = "Nominates the participant and, unless confirm is false, takes a seat: CONFIRMED while seats "
                    + "are free, else WAITLISTED at the end of the line. Capacity holds under concurrent requests.")
    @APIResponse(responseCode = "201", description = "Enrolled; Location names the enrollment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "403", description = "Not a registrar of the host institution")
    @APIResponse(responseCode = "409", description = "Already enrolled, or the cohort no longer takes enrollments")
    @APIResponse(responseCode = "422", description = "No participant the caller may enroll has that id")
    public RestResponse<EnrollmentView> enroll(@PathParam("cohortId") long cohortId, @Valid @NotNull EnrollmentRequest request, @Context UriInfo uri) {
        EnrollmentView enrolled = enrollments.enroll(cohortId, request, CohortScope.of(caller.get()));
        return Responses.created(uri.getBaseUriBuilder().path("enrollments").path(Long.toString(enrolled.id())).build(),
                enrolled);
    }

    @GET
    @Operation(operationId = "listCohortEnrollments",
            summary = "A cohort's enrollments", description = "Ordered by id, with each participant as the caller may see them.")
    @APIResponse(responseCode = "200", description = "A page of enrollments")
    public Page<EnrollmentView> list(@PathParam("cohortId") long cohortId, @QueryParam("status") EnrollmentStatus status,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return enrollments.list(cohortId, status, size, cursor, CohortScope.of(caller.get()));
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "importEnrollments", summary = "Enroll a list from CSV",
            description = "UTF-8 CSV with a header line naming the columns given_name, family_name, service_number, gender "
                    + "and optionally institution (the registrar's own when absent), rank, email. Participants are "
                    + "matched by institution and service number, or registered. Every row is checked first: one bad row "
                    + "and nothing is stored, and the 422 lists every bad row as rows[line].column (line 1 is the header). "
                    + "Seats are given in file order, then the waitlist; confirm=false only nominates.")
    @APIResponse(responseCode = "200", description = "Imported: what was created, matched and seated")
    @APIResponse(responseCode = "403", description = "Not a registrar of the host institution")
    @APIResponse(responseCode = "409", description = "The cohort no longer takes enrollments")
    @APIResponse(responseCode = "413", description = "More rows than one import takes")
    @APIResponse(responseCode = "422", description = "Nothing stored; every bad row listed")
    public ImportReport importCsv(@PathParam("cohortId") long cohortId,
            @QueryParam("confirm") @DefaultValue("true") boolean confirm, @NotNull String csv) {
        return imports.importCsv(cohortId, csv, confirm, CohortScope.of(caller.get()));
    }
}
