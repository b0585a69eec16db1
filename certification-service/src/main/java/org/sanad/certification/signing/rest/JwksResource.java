package org.sanad.certification.signing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.signing.SigningKeys;

@Path("/.well-known/jwks.json")
@Tag(name = "Public verification")
@PermitAll
public class JwksResource {

    public static final String JWK_SET = "application/jwk-set+json";

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces({JWK_SET, "application/json"})
    @SecurityRequirementsSet
    @Operation(operationId = "readPublishedKeys", summary = "The public keys that sign certificates, status lists and log heads",
            description = "Every key that ever signed stays listed, so certificates signed before a rotation still verify. "
                    + "A signature names its key by `kid`.")
    @APIResponse(responseCode = "200", description = "A JWK Set (RFC 7517) of P-256 keys for ES256",
            content = {@Content(mediaType = JWK_SET, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT))})
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.jwks()).cacheControl(cache).build();
    }
}
