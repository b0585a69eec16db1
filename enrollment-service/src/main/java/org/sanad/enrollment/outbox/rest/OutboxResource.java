package org.sanad.enrollment.outbox.rest;

import static org.sanad.common.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.paging.Page;
import org.sanad.enrollment.outbox.api.OutboxEventView;
import org.sanad.enrollment.outbox.service.OutboxEvents;

@Path("/outbox")
@Tag(name = "Completion outbox", description = "Completion events on their way to certification-service. An event it "
        + "refuses for good (a 4xx no retry can change, e.g. a field it does not accept) is parked, not retried "
        + "forever: it is counted in `sanad_outbox_parked`, turns the outbox health DOWN at /q/health/well, and waits "
        + "here until an admin replays it. Admins only.")
@RolesAllowed(ADMIN)
public class OutboxResource {

    private final OutboxEvents events;

    public OutboxResource(OutboxEvents events) {
        this.events = events;
    }

    @GET
    @Path("/parked")
    @Operation(operationId = "listParkedEvents",
            summary = "Parked completion events", description = "Those parked longest ago first, each with the "
            + "answer certification-service gave.")
    @APIResponse(responseCode = "200", description = "A page of parked events")
    public Page<OutboxEventView> parked(@QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return events.parked(size, cursor);
    }

    @GET
    @Path("/events/{id}")
    @Operation(operationId = "readOutboxEvent",
            summary = "Read an outbox event", description = "Whether it is pending, delivered or parked, and why.")
    @APIResponse(responseCode = "200", description = "The event")
    public OutboxEventView read(@PathParam("id") UUID id) {
        return events.read(id);
    }

    @POST
    @Path("/events/{id}/replay")
    @Operation(operationId = "replayOutboxEvent",
            summary = "Replay a parked event", description = "Once the cause is fixed (certification-service "
            + "upgraded, or the participant's record corrected): the event is rewritten from the enrollment's current "
            + "records, keeps its id, so at most one certificate is ever issued for it, and is sent at once.")
    @APIResponse(responseCode = "200", description = "The event, PENDING again")
    @APIResponse(responseCode = "409", description = "The event is not parked (pending or delivered)")
    public OutboxEventView replay(@PathParam("id") UUID id) {
        return events.replay(id);
    }
}
