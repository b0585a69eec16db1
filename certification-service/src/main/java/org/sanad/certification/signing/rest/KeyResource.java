package org.sanad.certification.signing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.signing.SigningKeys;
import org.sanad.common.problem.ProblemException;

/** One published key, at the URL a signature's {@code kid} names. */
@Path("/verify/keys/{kid}")
@Tag(name = "Public verification")
@PermitAll
public class KeyResource {

    public static final String JWK = "application/jwk+json";

    private final SigningKeys keys;

    public KeyResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces({JWK, MediaType.APPLICATION_JSON})
    @SecurityRequirementsSet
    @Operation(operationId = "readPublishedKey", summary = "One public key, as the JWK a signature's kid names",
            description = "Every VC-JWT, status list and log head names its key by this URL in its header's `kid`; "
                    + "the JWKS lists the same key under the same `kid`. Keys never change under an id, so the answer "
                    + "may be cached for a day.")
    @APIResponse(responseCode = "200", description = "A JWK (RFC 7517): P-256 for ES256, or Ed25519 for Data Integrity proofs",
            content = {@Content(mediaType = JWK, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "404", description = "No key was ever published under this id")
    public Response key(@PathParam("kid") String kid) {
        String jwk = keys.jwk(kid).orElseThrow(() -> ProblemException.notFound("Key", kid));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(jwk).cacheControl(cache).build();
    }
}
