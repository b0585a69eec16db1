package org.sanad.curriculum.standards.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;
import static org.sanad.common.security.Roles.CURRICULUM_AUTHOR;
import static org.sanad.common.security.Roles.PARTNER;
import static org.sanad.common.security.Roles.REGISTRAR;
import static org.sanad.common.security.Roles.SERVICE;
import static org.sanad.common.security.Roles.TRAINER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.curriculum.coverage.api.ProvisionModules;
import org.sanad.curriculum.coverage.service.CoverageQueries;
import org.sanad.curriculum.standards.api.ProvisionView;
import org.sanad.curriculum.standards.service.StandardsCatalog;

@Path("/provisions")
@Tag(name = "Standards catalog")
@RolesAllowed({ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ProvisionResource {

    private final StandardsCatalog catalog;
    private final CoverageQueries coverage;

    public ProvisionResource(StandardsCatalog catalog, CoverageQueries coverage) {
        this.catalog = catalog;
        this.coverage = coverage;
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "readProvision", summary = "Read a provision", description = "E.g. UNCAT-10, ICCPR-9, BOP-17.")
    @APIResponse(responseCode = "200", description = "The provision")
    public ProvisionView get(@PathParam("code") String code) {
        return catalog.provision(code);
    }

    @GET
    @Path("/{code}/modules")
    @Operation(operationId = "listModulesCoveringProvision", summary = "Which published modules cover a provision",
            description = "Every published module version with the objectives that carry the provision, and how.")
    @APIResponse(responseCode = "200", description = "The covering module versions, by code and version")
    public ProvisionModules modulesCovering(@PathParam("code") String code) {
        return coverage.modulesCovering(code);
    }
}
