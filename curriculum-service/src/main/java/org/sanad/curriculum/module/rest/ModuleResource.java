package org.sanad.curriculum.module.rest;

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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
import org.sanad.curriculum.module.service.ModuleQueries;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.rest.VersionEndpoints;

@Path("/modules")
@Tag(name = "Modules", description = "Operational training modules whose objectives carry human-rights provisions. "
        + "Drafts and versions in review are visible to curriculum authors and admins only.")
@RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ModuleResource extends VersionEndpoints<ModuleDraft, ModuleVersionView, ModuleOverview> {

    private final ModuleAuthoring authoring;
    private final ModuleQueries search;

    public ModuleResource(ModuleAuthoring authoring, ModuleQueries search) {
        super(authoring, "modules");
        this.authoring = authoring;
        this.search = search;
    }

    @GET
    @Operation(operationId = "searchModules", summary = "Search module versions",
            description = "Any combination of filters; q is free text over title and summary (or an exact module code). "
                    + "Ordered by module code, then version number.")
    @APIResponse(responseCode = "200", description = "A page of module versions the caller may see")
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
        return search.search(new ModuleQueries.Criteria(text, track, domain, status, language, provision, instrument),
                size, cursor);
    }

    @GET
    @Path("/{code}/diff")
    @Operation(operationId = "diffModuleVersions", summary = "What changed between two versions",
            description = "Fields, objectives added and removed, and per objective: text, alignments added and removed, notes.")
    @APIResponse(responseCode = "200", description = "The differences from one version to the other")
    @APIResponse(responseCode = "400", description = "from or to missing")
    @APIResponse(responseCode = "404", description = "A version does not exist or is not visible to the caller")
    public ModuleDiff diff(@PathParam("code") String code,
            @QueryParam("from") @NotNull @Min(1) Integer from, @QueryParam("to") @NotNull @Min(1) Integer to) {
        return authoring.diff(code, from, to);
    }
}
