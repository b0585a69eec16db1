package org.sanad.curriculum.programme.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;
import static org.sanad.common.security.Roles.CURRICULUM_AUTHOR;
import static org.sanad.common.security.Roles.PARTNER;
import static org.sanad.common.security.Roles.REGISTRAR;
import static org.sanad.common.security.Roles.SERVICE;
import static org.sanad.common.security.Roles.TRAINER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.paging.Page;
import org.sanad.curriculum.coverage.api.CoverageMatrix;
import org.sanad.curriculum.coverage.service.CoverageQueries;
import org.sanad.curriculum.coverage.service.Heatmap;
import org.sanad.curriculum.coverage.service.HeatmapPages;
import org.sanad.curriculum.module.Track;
import org.sanad.curriculum.programme.api.ProgrammeDraft;
import org.sanad.curriculum.programme.api.ProgrammeOverview;
import org.sanad.curriculum.programme.api.ProgrammeSnapshot;
import org.sanad.curriculum.programme.api.ProgrammeSummary;
import org.sanad.curriculum.programme.api.ProgrammeVersionView;
import org.sanad.curriculum.programme.service.ProgrammeAuthoring;
import org.sanad.curriculum.programme.service.ProgrammeQueries;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.rest.VersionEndpoints;

@Path("/programmes")
@Tag(name = "Programmes", description = "Ordered published module versions with completion rules and the certificate "
        + "they lead to. Drafts and versions in review are visible to curriculum authors and admins only.")
@RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ProgrammeResource extends VersionEndpoints<ProgrammeDraft, ProgrammeVersionView, ProgrammeOverview> {

    private static final String SVG = "image/svg+xml";

    private final ProgrammeAuthoring authoring;
    private final ProgrammeQueries search;
    private final CoverageQueries coverage;

    public ProgrammeResource(ProgrammeAuthoring authoring, ProgrammeQueries search, CoverageQueries coverage) {
        super(authoring, "programmes");
        this.authoring = authoring;
        this.search = search;
        this.coverage = coverage;
    }

    @GET
    @Operation(operationId = "searchProgrammes", summary = "Search programme versions",
            description = "By their own status and text, or by their modules' code, track, domain, language, and the "
                    + "provisions and instruments the modules carry. Ordered by programme code, then version.")
    @APIResponse(responseCode = "200", description = "A page of programme versions the caller may see")
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
        return search.search(new ProgrammeQueries.Criteria(text, status, module, track, domain, language, provision,
                instrument), size, cursor);
    }

    @GET
    @Path("/{code}/versions/{version}/snapshot")
    @Operation(operationId = "readProgrammeSnapshot", summary = "Everything a cohort needs from a programme version, in one call",
            description = "Modules in order with durations and pass marks, completion rules, the certificate and its "
                    + "validity, and every provision the modules carry. enrollment-service stores it when a cohort opens; "
                    + "it should accept only a status of PUBLISHED.")
    @APIResponse(responseCode = "200", description = "The snapshot")
    @APIResponse(responseCode = "404", description = "No such version, or a draft the caller may not see")
    public ProgrammeSnapshot snapshot(@PathParam("code") String code, @PathParam("version") int version) {
        return authoring.snapshot(code, version);
    }

    @GET
    @Path("/{code}/versions/{version}/coverage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "readProgrammeCoverage", summary = "Coverage matrix of a programme version",
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
        return HeatmapPages.svg(Heatmap.of(coverage.coverage(code, version, instrument, profile))).render();
    }

    @GET
    @Path("/{code}/versions/{version}/coverage")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String coverageHtml(@PathParam("code") String code, @PathParam("version") int version,
            @QueryParam("instrument") String instrument, @QueryParam("profile") String profile) {
        return HeatmapPages.html(Heatmap.of(coverage.coverage(code, version, instrument, profile))).render();
    }
}
