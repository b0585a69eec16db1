package org.sanad.curriculum.standards.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;
import static org.sanad.common.security.Roles.CURRICULUM_AUTHOR;
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
import org.sanad.common.web.Responses;
import org.sanad.curriculum.standards.InstrumentKind;
import org.sanad.curriculum.standards.api.InstrumentView;
import org.sanad.curriculum.standards.api.NewInstrument;
import org.sanad.curriculum.standards.api.NewProvision;
import org.sanad.curriculum.standards.api.ProvisionView;
import org.sanad.curriculum.standards.service.StandardsCatalog;

@Path("/instruments")
@Tag(name = "Standards catalog", description = "Instruments and their provisions: what training is aligned to")
@RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class InstrumentResource {

    private final StandardsCatalog catalog;

    public InstrumentResource(StandardsCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listInstruments",
            summary = "List instruments", description = "In code order, a page at a time; any role may read.")
    @APIResponse(responseCode = "200", description = "A page of instruments")
    public Page<InstrumentView> list(@QueryParam("kind") InstrumentKind kind,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return catalog.instruments(kind, size, cursor);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "readInstrument", summary = "Read an instrument with its provisions",
            description = "The instrument (a treaty, a set of principles or a code of conduct) with every provision of it "
                    + "the catalog holds.")
    @APIResponse(responseCode = "200", description = "The instrument and its provisions in order")
    public InstrumentView get(@PathParam("code") String code) {
        return catalog.instrument(code);
    }

    @POST
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(operationId = "addInstrument",
            summary = "Add an instrument", description = "For instruments the seed lacks, such as national law.")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public RestResponse<InstrumentView> add(@NotNull @Valid NewInstrument request, @Context UriInfo uri) {
        InstrumentView created = catalog.addInstrument(request);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.code()).build(), created);
    }

    @POST
    @Path("/{code}/provisions")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(operationId = "addProvision", summary = "Add a provision to an instrument",
            description = "A provision of the instrument that objectives can then be aligned to; its code starts with the "
                    + "instrument's.")
    @APIResponse(responseCode = "201", description = "Added; Location names it under /provisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionView.class)))
    @APIResponse(responseCode = "409", description = "The code or number is taken")
    @APIResponse(responseCode = "422", description = "The code does not start with the instrument's")
    public RestResponse<ProvisionView> addProvision(@PathParam("code") String code, @NotNull @Valid NewProvision request, @Context UriInfo uri) {
        ProvisionView created = catalog.addProvision(code, request);
        return Responses.created(uri.getBaseUriBuilder().path("provisions").path(created.code()).build(), created);
    }
}
