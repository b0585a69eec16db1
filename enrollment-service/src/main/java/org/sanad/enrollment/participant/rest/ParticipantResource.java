package org.sanad.enrollment.participant.rest;

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
import org.sanad.enrollment.participant.api.ParticipantRequest;
import org.sanad.enrollment.participant.api.ParticipantView;
import org.sanad.enrollment.participant.service.Participants;

@Path("/participants")
@Tag(name = "Participants", description = "Officers, experts and trainers. Each caller sees only the participants its "
        + "role needs, with only the personal data it needs; others answer 404.")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ParticipantResource {

    private final Participants participants;
    private final CurrentCaller caller;

    public ParticipantResource(Participants participants, CurrentCaller caller) {
        this.participants = participants;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "registerParticipant",
            summary = "Register a participant", description = "A registrar registers officers of its own institution.")
    @APIResponse(responseCode = "201", description = "Registered; Location names them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "403", description = "A registrar naming another institution")
    @APIResponse(responseCode = "409", description = "The institution's service number, or the account, is already registered")
    public RestResponse<ParticipantView> create(@Valid @NotNull ParticipantRequest request, @Context UriInfo uri) {
        Revisioned<ParticipantView> created = participants.create(request, caller.get());
        return Responses.created(uri.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Operation(operationId = "listParticipants", summary = "The participants the caller may see", description = "Ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of participants")
    public Page<ParticipantView> list(@QueryParam("institution") @Parameter(example = "DGSN") String institution,
            @QueryParam("serviceNumber") String serviceNumber,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return participants.list(institution, serviceNumber, size, cursor, caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readParticipant", summary = "Read a participant",
            description = "The participant with only the personal data the caller's role needs.")
    @APIResponse(responseCode = "200", description = "The participant; the ETag is their revision")
    public RestResponse<ParticipantView> read(@PathParam("id") long id) {
        return Responses.ok(participants.read(id, caller.get()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "updateParticipant",
            summary = "Correct a participant's record", description = "Partners' copies receive the correction in their change feed.")
    @APIResponse(responseCode = "200", description = "The participant, changed")
    @APIResponse(responseCode = "403", description = "Not a registrar of the participant's institution")
    @APIResponse(responseCode = "409", description = "A change of institution, or a service number taken")
    public RestResponse<ParticipantView> update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ParticipantRequest request) {
        return Responses.ok(participants.update(id, request, ifMatch, caller.get()));
    }
}
