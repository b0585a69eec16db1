package org.sanad.curriculum.versioning.rest;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.sanad.curriculum.versioning.Edit;
import org.sanad.curriculum.versioning.StatusChange;
import org.sanad.curriculum.versioning.VersionResponses;
import org.sanad.curriculum.versioning.VersionedAuthoring;

/**
 * The endpoints every versioned series has, the same for modules and programmes: create, overview,
 * next draft, read, edit and change of status. A resource adds its own search and reports.
 *
 * @param <D> the draft an author sends
 * @param <W> the view of a version
 * @param <O> the overview of a series
 */
public abstract class VersionEndpoints<D, W extends VersionResponses.Identified, O> {

    private final VersionedAuthoring<?, ?, D, W, O> authoring;
    private final String collection;

    /** @param collection the path the series live under, e.g. "modules" */
    protected VersionEndpoints(VersionedAuthoring<?, ?, D, W, O> authoring, String collection) {
        this.authoring = authoring;
        this.collection = collection;
    }

    @POST
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(operationId = "create{Series}", summary = "Create one", description = "Creates it with its version 1 as a DRAFT.")
    @APIResponse(responseCode = "201", description = "Created; Location names version 1 and ETag its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{Series}Version")))
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Unknown or unusable references (provisions, domain, module "
            + "versions), repeated codes, each listed")
    public RestResponse<W> create(@Valid @NotNull D draft, @Context UriInfo uri) {
        return VersionResponses.created(uri, collection, authoring.create(draft));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
    @Operation(operationId = "read{Series}", summary = "One and its versions",
            description = "Every version the caller may see, newest last, with the number of the latest published one.")
    @APIResponse(responseCode = "200", description = "The versions the caller may see")
    @APIResponse(responseCode = "404", description = "No such code, or none of its versions is visible to the caller")
    public O overview(@PathParam("code") String code) {
        return authoring.overview(code);
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(operationId = "start{Series}Draft",
            summary = "Start the next draft", description = "Copies the newest version into a new DRAFT.")
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{Series}Version")))
    @APIResponse(responseCode = "409", description = "A version is already a draft or in review")
    public RestResponse<W> nextDraft(@PathParam("code") String code, @Context UriInfo uri) {
        return VersionResponses.created(uri, collection, authoring.copyLatest(code));
    }

    @GET
    @Path("/{code}/versions/{version}")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
    @Operation(operationId = "read{Series}Version",
            summary = "Read a version", description = "The ETag header is the revision to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The version in full")
    @APIResponse(responseCode = "404", description = "No such version, or a draft the caller may not see")
    public RestResponse<W> read(@PathParam("code") String code, @PathParam("version") int version) {
        return VersionResponses.ok(authoring.read(code, version));
    }

    @PUT
    @Path("/{code}/versions/{version}")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(operationId = "edit{Series}Version", summary = "Edit a version",
            description = "A DRAFT is changed in place (200). A PUBLISHED or RETIRED version never changes: the edit "
                    + "becomes the next DRAFT (201, Location names it).")
    @APIResponse(responseCode = "200", description = "The draft, changed")
    @APIResponse(responseCode = "201", description = "The edit became the next draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{Series}Version")))
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "The version is in review, or another draft exists")
    @APIResponse(responseCode = "422", description = "Unknown or unusable references, each listed")
    public RestResponse<W> edit(@PathParam("code") String code, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull D draft, @Context UriInfo uri) {
        Edit<W> edit = authoring.edit(code, version, draft, ifMatch);
        return edit.created() ? VersionResponses.created(uri, collection, edit.version()) : VersionResponses.ok(edit.version());
    }

    @POST
    @Path("/{code}/versions/{version}/status")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(operationId = "change{Series}VersionStatus", summary = "Move a version along its lifecycle",
            description = "DRAFT → IN_REVIEW → PUBLISHED → RETIRED, or IN_REVIEW → DRAFT. A published version is "
                    + "immutable; a programme is published only while every module version in it still is.")
    @APIResponse(responseCode = "200", description = "The version in its new status")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "That move is not allowed, or a module version is no longer published")
    public RestResponse<W> changeStatus(@PathParam("code") String code, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StatusChange change) {
        return VersionResponses.ok(authoring.changeStatus(code, version, change.status(), ifMatch));
    }
}
