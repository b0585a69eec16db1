package org.sanad.enrollment.outbox.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.sanad.enrollment.servicetoken.DevelopmentServiceToken;

/**
 * certification-service's completions endpoint, the one call the outbox makes. Wrapped by {@link CompletionDelivery}.
 * Sent with this service's own token, as {@code CurriculumClient}.
 */
@RegisterRestClient(configKey = "certification")
@OidcClientFilter
@RegisterProvider(DevelopmentServiceToken.class)
@Path("/api/certification/completions")
interface CertificationClient {

    /** Sends the event exactly as the outbox stored it; its id is the idempotency key. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    String deliver(@HeaderParam("Idempotency-Key") String eventId, String event);
}
