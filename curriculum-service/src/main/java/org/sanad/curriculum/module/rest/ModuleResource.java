package org.sanad.curriculum.module.rest;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.paging.Page;
import org.sanad.curriculum.module.Track;
import org.sanad.curriculum.module.api.ModuleDiff;
import org.sanad.curriculum.module.api.ModuleDraft;
import org.sanad.curriculum.module.api.ModuleOverview;
import org.sanad.curriculum.module.api.ModuleSummary;
import org.sanad.curriculum.module.api.ModuleVersionView;
import org.sanad.curriculum.module.service.ModuleAuthoring;
import org.sanad.curriculum.module.service.ModuleSearch;
import org.sanad.common.web.Revisioned;
import org.sanad.curriculum.versioning.Edit;
import org.sanad.curriculum.versioning.StatusChange;
import org.sanad.curriculum.versioning.VersionResponses;
import org.sanad.curriculum.versioning.VersionStatus;

@Path("/modules")
@Tag(name = "Modules", description = "Operational training modules whose objectives carry human-rights provisions. "
        + "Drafts and versions in review are visible to curriculum authors and admins only.")
@RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ModuleResource {

    private final ModuleAuthoring authoring;
    private final ModuleSearch search;

    public ModuleResource(ModuleAuthoring authoring, ModuleSearch search) {
        this.authoring = authoring;
        this.search = search;
    }

    @GET
    @Operation(summary = "Search module versions",
            description = "Any combination of filters; q is free text over title and summary (or an exact module code). "
                    + "Ordered by module code, then version number.")
    @APIResponse(responseCode = "200", description = "A page of module versions the caller may see")
    @APIResponse(responseCode = "400", description = "A bad filter, size or cursor")
    public Page<ModuleSummary> search(
            @QueryParam("q") @Parameter(example = "custody safeguards") String text,
            @QueryParam("track") Track track,
            @QueryParam("domain") @Parameter(example = "ARREST") String domain,
            @QueryParam("status") VersionStatus status,
            @QueryParam("language") @Parameter(example = "fr") String language,
            @QueryParam("provision") @Parameter(example = "UNCAT-11") String provision,
            @QueryParam("instrument") @Parameter(example = "UNCAT") String instrument,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return search.search(new ModuleSearch.Criteria(text, track, domain, status, language, provision, instrument),
                size, cursor);
    }

    @POST
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(summary = "Create a module", description = "Creates the module and its version 1 as a DRAFT.")
    @APIResponse(responseCode = "201", description = "Created; Location names version 1 and ETag its revision")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Unknown provisions or domain, repeated objective codes, each listed")
    public Response create(@Valid @NotNull ModuleDraft draft, @Context UriInfo uri) {
        Revisioned<ModuleVersionView> created = authoring.create(draft);
        return VersionResponses.created(uri, "modules", created);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A module and its versions")
    @APIResponse(responseCode = "200", description = "The versions the caller may see")
    @APIResponse(responseCode = "404", description = "No such module, or none of its versions is visible to the caller")
    public ModuleOverview overview(@PathParam("code") String code) {
        return authoring.overview(code);
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(summary = "Start the next draft", description = "Copies the newest version into a new DRAFT.")
    @APIResponse(responseCode = "201", description = "The new draft")
    @APIResponse(responseCode = "404", description = "No such module")
    @APIResponse(responseCode = "409", description = "A version is already a draft or in review")
    public Response nextDraft(@PathParam("code") String code, @Context UriInfo uri) {
        return VersionResponses.created(uri, "modules", authoring.copyLatest(code));
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(summary = "Read a module version", description = "The ETag header is the revision to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The version with its objectives and alignments")
    @APIResponse(responseCode = "404", description = "No such version, or a draft the caller may not see")
    public Response read(@PathParam("code") String code, @PathParam("version") int version) {
        return VersionResponses.ok(authoring.read(code, version));
    }

    @PUT
    @Path("/{code}/versions/{version}")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(summary = "Edit a module version",
            description = "A DRAFT is changed in place (200). A PUBLISHED or RETIRED version never changes: the edit "
                    + "becomes the module's next DRAFT (201, Location names it).")
    @APIResponse(responseCode = "200", description = "The draft, changed")
    @APIResponse(responseCode = "201", description = "The edit became the next draft")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "The version is in review, or another draft exists")
    @APIResponse(responseCode = "412", description = "The version changed since the caller read it")
    @APIResponse(responseCode = "422", description = "Unknown provisions or domain, each listed")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response edit(@PathParam("code") String code, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ModuleDraft draft, @Context UriInfo uri) {
        Edit<ModuleVersionView> edit = authoring.edit(code, version, draft, ifMatch);
        return edit.created() ? VersionResponses.created(uri, "modules", edit.version()) : VersionResponses.ok(edit.version());
    }

    @POST
    @Path("/{code}/versions/{version}/status")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(summary = "Move a version along its lifecycle",
            description = "DRAFT → IN_REVIEW → PUBLISHED → RETIRED, or IN_REVIEW → DRAFT. A published version is immutable.")
    @APIResponse(responseCode = "200", description = "The version in its new status")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "That move is not allowed from the current status")
    @APIResponse(responseCode = "412", description = "The version changed since the caller read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response changeStatus(@PathParam("code") String code, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StatusChange change) {
        return VersionResponses.ok(authoring.changeStatus(code, version, change.status(), ifMatch));
    }

    @GET
    @Path("/{code}/diff")
    @Operation(summary = "What changed between two versions",
            description = "Fields, objectives added and removed, and per objective: text, alignments added and removed, notes.")
    @APIResponse(responseCode = "200", description = "The differences from one version to the other")
    @APIResponse(responseCode = "400", description = "from or to missing")
    @APIResponse(responseCode = "404", description = "A version does not exist or is not visible to the caller")
    public ModuleDiff diff(@PathParam("code") String code,
            @QueryParam("from") @NotNull @Min(1) Integer from, @QueryParam("to") @NotNull @Min(1) Integer to) {
        return authoring.diff(code, from, to);
    }
}
