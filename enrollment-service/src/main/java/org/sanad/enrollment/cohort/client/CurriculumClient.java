package org.sanad.enrollment.cohort.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** curriculum-service's programme snapshot, the one call a cohort needs. Wrapped by {@link ProgrammeCatalog}. */
@RegisterRestClient(configKey = "curriculum")
@Path("/api/curriculum/programmes")
interface CurriculumClient {

    /** The snapshot as curriculum-service wrote it: stored verbatim with the cohort. */
    @GET
    @Path("/{code}/versions/{version}/snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    String snapshot(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
            @PathParam("version") int version);
}
