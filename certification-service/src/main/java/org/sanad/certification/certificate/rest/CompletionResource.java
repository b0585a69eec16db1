package org.sanad.certification.certificate.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.SERVICE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.sanad.certification.certificate.api.CompletionOutcome;
import org.sanad.certification.certificate.service.Completions;
import org.sanad.common.contract.CompletionEvent;

@Path("/api/certification/completions")
@Tag(name = "Completions", description = "Where enrollment-service delivers completion events")
@RolesAllowed({SERVICE, ADMIN})
public class CompletionResource {

    private final Completions completions;

    public CompletionResource(Completions completions) {
        this.completions = completions;
    }

    @POST
    @Operation(operationId = "receiveCompletion",
            summary = "Receive a completion event", description = "Issues the certificate the programme grants. "
            + "Idempotent on `eventId`: a redelivered event gets the first answer again (200, `repeated`: true) and never "
            + "a second certificate; an enrollment holds at most one certificate in force.")
    @APIResponse(responseCode = "201", description = "A certificate was issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletionOutcome.class)))
    @APIResponse(responseCode = "200", description = "Nothing new issued: a repeated event, an enrollment already "
            + "certified, or a programme that grants no certificate")
    @APIResponse(responseCode = "422", description = "Unknown certificate kind, or a cohort ending before it starts")
    public RestResponse<CompletionOutcome> receive(@Valid @NotNull CompletionEvent event) {
        CompletionOutcome outcome = completions.receive(event);
        boolean issued = outcome.outcome() == CompletionOutcome.Outcome.ISSUED && !outcome.repeated();
        return RestResponse.status(issued ? RestResponse.Status.CREATED : RestResponse.Status.OK, outcome);
    }
}
