package org.sanad.enrollment.cohort.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.sanad.enrollment.servicetoken.DevelopmentServiceToken;

/**
 * curriculum-service's programme snapshot, the one call a cohort needs. Wrapped by {@link ProgrammeCatalog}.
 * Sent with this service's own token: from the identity provider (OIDC client filter) or, in
 * development, self-signed.
 */
@RegisterRestClient(configKey = "curriculum")
@OidcClientFilter
@RegisterProvider(DevelopmentServiceToken.class)
@Path("/api/curriculum/programmes")
interface CurriculumClient {

    /** The snapshot as curriculum-service wrote it: stored verbatim with the cohort. */
    @GET
    @Path("/{code}/versions/{version}/snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    String snapshot(@PathParam("code") String code, @PathParam("version") int version);
}
