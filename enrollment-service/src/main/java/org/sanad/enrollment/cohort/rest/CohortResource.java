package org.sanad.enrollment.cohort.rest;

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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.sanad.common.paging.Page;
import org.sanad.common.security.CurrentCaller;
import org.sanad.common.web.Responses;
import org.sanad.common.web.Revisioned;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.cohort.api.CohortRequest;
import org.sanad.enrollment.cohort.api.CohortStatusChange;
import org.sanad.enrollment.cohort.api.CohortSummary;
import org.sanad.enrollment.cohort.api.CohortView;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.lifecycle.CohortLifecycle;

@Path("/cohorts")
@Tag(name = "Cohorts", description = "Deliveries of a published programme version. Registrars see and manage their "
        + "institution's cohorts, partners read those shared with them, trainers those they teach; other cohorts answer 404.")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class CohortResource {

    private final Cohorts cohorts;
    private final CohortLifecycle lifecycle;
    private final CurrentCaller caller;

    public CohortResource(Cohorts cohorts, CohortLifecycle lifecycle, CurrentCaller caller) {
        this.cohorts = cohorts;
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "openCohort", summary = "Open a cohort on a published programme version",
            description = "Fetches the programme version from curriculum-service and pins its modules and completion "
                    + "rules. The cohort starts PLANNED. A registrar opens cohorts for its own institution only.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "403", description = "A registrar naming another host institution")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Unknown or unpublished programme version, or inconsistent dates or trainers")
    @APIResponse(responseCode = "503", description = "curriculum-service is unavailable; nothing was created")
    public RestResponse<CohortView> create(@Valid @NotNull CohortRequest request, @Context UriInfo uri) {
        Revisioned<CohortView> created = cohorts.create(request, caller.get());
        return Responses.created(uri.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Operation(operationId = "listCohorts",
            summary = "The cohorts the caller may see", description = "Ordered by id; filter by code, status or programme code.")
    @APIResponse(responseCode = "200", description = "A page of cohorts")
    public Page<CohortSummary> list(@QueryParam("code") @Parameter(example = "TOT-MIGRATION-2025-RABAT") String code,
            @QueryParam("status") CohortStatus status,
            @QueryParam("programme") @Parameter(example = "TOT-MIGRATION") String programme,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return cohorts.list(code, status, programme, size, cursor, CohortScope.of(caller.get()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readCohort",
            summary = "Read a cohort", description = "With its pinned modules and rules; the ETag is its revision.")
    @APIResponse(responseCode = "200", description = "The cohort")
    public RestResponse<CohortView> read(@PathParam("id") long id) {
        return Responses.ok(cohorts.read(id, CohortScope.of(caller.get())));
    }

    @PUT
    @Path("/{id}/logistics")
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "changeCohortLogistics", summary = "Change a cohort's logistics",
            description = "Partners, place, dates, session days, capacity, trainers and language. The programme it delivers "
                    + "never changes. A partner removed from the list gets a tombstone in its change feed.")
    @APIResponse(responseCode = "200", description = "The cohort, changed")
    @APIResponse(responseCode = "403", description = "Not a registrar of the host institution")
    @APIResponse(responseCode = "409", description = "Closed or cancelled, or capacity below the seats taken")
    @APIResponse(responseCode = "422", description = "Inconsistent dates or unknown trainers")
    public RestResponse<CohortView> update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CohortRequest.Logistics logistics) {
        return Responses.ok(cohorts.update(id, logistics, ifMatch, CohortScope.of(caller.get())));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "moveCohort", summary = "Move a cohort along its lifecycle",
            description = "PLANNED → OPEN → IN_PROGRESS → COMPLETED → CLOSED, or CANCELLED before completion. IN_PROGRESS "
                    + "starts every confirmed enrollment (ATTENDING); COMPLETED computes each attendee's completion from "
                    + "the pinned rules and queues certificates; CANCELLED withdraws every open enrollment.")
    @APIResponse(responseCode = "200", description = "The cohort in its new status")
    @APIResponse(responseCode = "403", description = "Not a registrar of the host institution")
    @APIResponse(responseCode = "409", description = "That move is not allowed from the current status")
    public RestResponse<CohortView> changeStatus(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CohortStatusChange change) {
        return Responses.ok(lifecycle.move(id, change.status(), change.reason(), ifMatch, CohortScope.of(caller.get())));
    }
}
