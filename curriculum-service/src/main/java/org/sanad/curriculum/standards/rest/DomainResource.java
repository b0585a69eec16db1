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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.sanad.common.web.Responses;
import org.sanad.curriculum.standards.api.DomainView;
import org.sanad.curriculum.standards.service.StandardsCatalog;

@Path("/domains")
@Tag(name = "Standards catalog")
@RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class DomainResource {

    private final StandardsCatalog catalog;

    public DomainResource(StandardsCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listDomains",
            summary = "List operational domains", description = "The areas of police work modules train for.")
    @APIResponse(responseCode = "200", description = "Every domain")
    public List<DomainView> list() {
        return catalog.domains();
    }

    @POST
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(operationId = "addDomain", summary = "Add an operational domain",
            description = "An operational domain groups modules by the police task they train (arrest, custody, "
                    + "interviewing, ...); codes are unique.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DomainView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public RestResponse<DomainView> add(@NotNull @Valid DomainView request, @Context UriInfo uri) {
        DomainView created = catalog.addDomain(request);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.code()).build(), created);
    }
}
