package org.sanad.curriculum.problems;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sanad.common.paging.Cursor;
import org.sanad.common.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sanad.common.security.Roles;

/** Test-only endpoints that fail in each way a real one can, to pin down the problem details answered. Not published. */
@Path("/problem-fixture")
public class ProblemFixtureResource {

    public record ModuleDraft(@NotBlank String code, @Min(1) int hours, @NotEmpty List<@NotBlank String> objectives) {
    }

    @Operation(hidden = true)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURRICULUM_AUTHOR)
    public ModuleDraft create(@Valid ModuleDraft draft) {
        return draft;
    }

    @Operation(hidden = true)
    @GET
    @Path("/modules/{code}")
    @RolesAllowed(Roles.CURRICULUM_AUTHOR)
    public String find(@PathParam("code") String code) {
        throw ProblemException.notFound("Module", code);
    }

    @Operation(hidden = true)
    @GET
    @Path("/conflict")
    @RolesAllowed(Roles.CURRICULUM_AUTHOR)
    public String conflict() {
        throw ProblemException.conflict("Module ARREST-01 already exists");
    }

    @Operation(hidden = true)
    @GET
    @Path("/page")
    @RolesAllowed(Roles.CURRICULUM_AUTHOR)
    public String page(@QueryParam("size") @Min(1) @Max(500) int size, @QueryParam("cursor") String cursor) {
        return cursor == null ? "first" : Cursor.decode(cursor, 1).key(0);
    }

    @Operation(hidden = true)
    @GET
    @Path("/broken")
    @RolesAllowed(Roles.CURRICULUM_AUTHOR)
    public String broken() {
        throw new IllegalStateException("connection pool exhausted at org.sanad.secret.Internals");
    }

    @Operation(hidden = true)
    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "nobody should read this";
    }
}
