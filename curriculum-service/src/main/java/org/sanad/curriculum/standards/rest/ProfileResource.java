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
import jakarta.ws.rs.PathParam;
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
import org.sanad.curriculum.standards.api.NewProfile;
import org.sanad.curriculum.standards.api.ProfileView;
import org.sanad.curriculum.standards.service.StandardsCatalog;

@Path("/profiles")
@Tag(name = "Standards catalog")
@RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ProfileResource {

    private final StandardsCatalog catalog;

    public ProfileResource(StandardsCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listStandardsProfiles",
            summary = "List standards profiles", description = "Named sets of provisions, e.g. what custody officers must know.")
    @APIResponse(responseCode = "200", description = "Every profile with its provisions")
    public List<ProfileView> list() {
        return catalog.profiles();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "readStandardsProfile", summary = "Read a standards profile",
            description = "The profile with the provisions it requires.")
    @APIResponse(responseCode = "200", description = "The profile and its provisions in order")
    public ProfileView get(@PathParam("code") String code) {
        return catalog.profile(code);
    }

    @POST
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(operationId = "addStandardsProfile", summary = "Add a standards profile",
            description = "A named set of provisions a kind of training must cover, e.g. what custody officers must be "
                    + "taught; coverage is measured against it.")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Unknown or repeated provisions, each listed")
    public RestResponse<ProfileView> add(@NotNull @Valid NewProfile request, @Context UriInfo uri) {
        ProfileView created = catalog.addProfile(request);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.code()).build(), created);
    }
}
