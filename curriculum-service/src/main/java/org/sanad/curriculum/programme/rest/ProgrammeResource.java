package org.sanad.curriculum.programme.rest;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.paging.Page;
import org.sanad.curriculum.coverage.api.CoverageMatrix;
import org.sanad.curriculum.coverage.service.CoverageQuery;
import org.sanad.curriculum.coverage.service.HeatmapRenderer;
import org.sanad.curriculum.module.Track;
import org.sanad.curriculum.programme.api.ProgrammeDraft;
import org.sanad.curriculum.programme.api.ProgrammeOverview;
import org.sanad.curriculum.programme.api.ProgrammeSnapshot;
import org.sanad.curriculum.programme.api.ProgrammeSummary;
import org.sanad.curriculum.programme.api.ProgrammeVersionView;
import org.sanad.curriculum.programme.service.ProgrammeAuthoring;
import org.sanad.curriculum.programme.service.ProgrammeSearch;
import org.sanad.curriculum.versioning.Edit;
import org.sanad.curriculum.versioning.StatusChange;
import org.sanad.curriculum.versioning.VersionResponses;
import org.sanad.curriculum.versioning.VersionStatus;

@Path("/programmes")
@Tag(name = "Programmes", description = "Ordered published module versions with completion rules and the certificate "
        + "they lead to. Drafts and versions in review are visible to curriculum authors and admins only.")
@RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ProgrammeResource {

    private static final String SVG = "image/svg+xml";

    private final ProgrammeAuthoring authoring;
    private final ProgrammeSearch search;
    private final CoverageQuery coverage;

    public ProgrammeResource(ProgrammeAuthoring authoring, ProgrammeSearch search, CoverageQuery coverage) {
        this.authoring = authoring;
        this.search = search;
        this.coverage = coverage;
    }

    @GET
    @Operation(summary = "Search programme versions",
            description = "By their own status and text, or by their modules' code, track, domain, language, and the "
                    + "provisions and instruments the modules carry. Ordered by programme code, then version.")
    @APIResponse(responseCode = "200", description = "A page of programme versions the caller may see")
    @APIResponse(responseCode = "400", description = "A bad filter, size or cursor")
    public Page<ProgrammeSummary> search(
            @QueryParam("q") @Parameter(example = "migration") String text,
            @QueryParam("status") VersionStatus status,
            @QueryParam("module") @Parameter(example = "ARREST") String module,
            @QueryParam("track") Track track,
            @QueryParam("domain") String domain,
            @QueryParam("language") String language,
            @QueryParam("provision") @Parameter(example = "ICRMW-16") String provision,
            @QueryParam("instrument") @Parameter(example = "ICRMW") String instrument,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return search.search(new ProgrammeSearch.Criteria(text, status, module, track, domain, language, provision,
                instrument), size, cursor);
    }

    @POST
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(summary = "Create a programme", description = "Creates the programme and its version 1 as a DRAFT.")
    @APIResponse(responseCode = "201", description = "Created; Location names version 1 and ETag its revision")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Unknown or unpublished module versions, each listed")
    public Response create(@Valid @NotNull ProgrammeDraft draft, @Context UriInfo uri) {
        return VersionResponses.created(uri, "programmes", authoring.create(draft));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A programme and its versions")
    @APIResponse(responseCode = "200", description = "The versions the caller may see")
    @APIResponse(responseCode = "404", description = "No such programme, or none of its versions is visible")
    public ProgrammeOverview overview(@PathParam("code") String code) {
        return authoring.overview(code);
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(summary = "Start the next draft", description = "Copies the newest version into a new DRAFT.")
    @APIResponse(responseCode = "201", description = "The new draft")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "409", description = "A version is already a draft or in review")
    public Response nextDraft(@PathParam("code") String code, @Context UriInfo uri) {
        return VersionResponses.created(uri, "programmes", authoring.copyLatest(code));
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(summary = "Read a programme version", description = "The ETag header is the revision to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The version with its modules")
    @APIResponse(responseCode = "404", description = "No such version, or a draft the caller may not see")
    public Response read(@PathParam("code") String code, @PathParam("version") int version) {
        return VersionResponses.ok(authoring.read(code, version));
    }

    @GET
    @Path("/{code}/versions/{version}/snapshot")
    @Operation(summary = "Everything a cohort needs from a programme version, in one call",
            description = "Modules in order with durations and pass marks, completion rules, the certificate and its "
                    + "validity, and every provision the modules carry. enrollment-service stores it when a cohort opens; "
                    + "it should accept only a status of PUBLISHED.")
    @APIResponse(responseCode = "200", description = "The snapshot")
    @APIResponse(responseCode = "404", description = "No such version, or a draft the caller may not see")
    public ProgrammeSnapshot snapshot(@PathParam("code") String code, @PathParam("version") int version) {
        return authoring.snapshot(code, version);
    }

    @PUT
    @Path("/{code}/versions/{version}")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(summary = "Edit a programme version",
            description = "A DRAFT is changed in place (200). A PUBLISHED or RETIRED version never changes: the edit "
                    + "becomes the programme's next DRAFT (201, Location names it).")
    @APIResponse(responseCode = "200", description = "The draft, changed")
    @APIResponse(responseCode = "201", description = "The edit became the next draft")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "The version is in review, or another draft exists")
    @APIResponse(responseCode = "412", description = "The version changed since the caller read it")
    @APIResponse(responseCode = "422", description = "Unknown or unpublished module versions, each listed")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response edit(@PathParam("code") String code, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ProgrammeDraft draft, @Context UriInfo uri) {
        Edit<ProgrammeVersionView> edit = authoring.edit(code, version, draft, ifMatch);
        return edit.created() ? VersionResponses.created(uri, "programmes", edit.version()) : VersionResponses.ok(edit.version());
    }

    @POST
    @Path("/{code}/versions/{version}/status")
    @RolesAllowed({ADMIN, CURRICULUM_AUTHOR})
    @Operation(summary = "Move a version along its lifecycle",
            description = "DRAFT → IN_REVIEW → PUBLISHED → RETIRED, or IN_REVIEW → DRAFT. Publishing requires every "
                    + "module version to be published still.")
    @APIResponse(responseCode = "200", description = "The version in its new status")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "That move is not allowed, or a module version is no longer published")
    @APIResponse(responseCode = "412", description = "The version changed since the caller read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response changeStatus(@PathParam("code") String code, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StatusChange change) {
        return VersionResponses.ok(authoring.changeStatus(code, version, change.status(), ifMatch));
    }

    @GET
    @Path("/{code}/versions/{version}/coverage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coverage matrix of a programme version",
            description = "Provisions × modules, with hours: a module's duration shared equally among its objectives. "
                    + "With instrument or profile, every provision in scope is a row and the uncovered ones are listed "
                    + "as gaps; without, the rows are what the programme covers. Ask for image/svg+xml or text/html "
                    + "for a heatmap.")
    @APIResponse(responseCode = "200", description = "The matrix, gaps and totals")
    @APIResponse(responseCode = "400", description = "Both instrument and profile given")
    @APIResponse(responseCode = "404", description = "No such programme version, instrument or profile")
    public CoverageMatrix coverage(@PathParam("code") String code, @PathParam("version") int version,
            @QueryParam("instrument") @Parameter(example = "UNCAT") String instrument,
            @QueryParam("profile") @Parameter(example = "CUSTODY-OFFICERS") String profile) {
        return coverage.coverage(code, version, instrument, profile);
    }

    @GET
    @Path("/{code}/versions/{version}/coverage")
    @Produces(SVG)
    @Operation(hidden = true)
    public String coverageSvg(@PathParam("code") String code, @PathParam("version") int version,
            @QueryParam("instrument") String instrument, @QueryParam("profile") String profile) {
        return HeatmapRenderer.svg(coverage.coverage(code, version, instrument, profile));
    }

    @GET
    @Path("/{code}/versions/{version}/coverage")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String coverageHtml(@PathParam("code") String code, @PathParam("version") int version,
            @QueryParam("instrument") String instrument, @QueryParam("profile") String profile) {
        return HeatmapRenderer.html(coverage.coverage(code, version, instrument, profile));
    }
}
