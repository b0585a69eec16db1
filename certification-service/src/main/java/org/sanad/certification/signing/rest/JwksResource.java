package org.sanad.certification.signing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.signing.SigningKeys;
import org.sanad.common.web.ContentTags;

@Path("/.well-known/jwks.json")
@Tag(name = "Public verification")
@PermitAll
public class JwksResource {

    public static final String JWK_SET = "application/jwk-set+json";
    private static final List<Variant> FORMS =
            Variant.mediaTypes(MediaType.valueOf(JWK_SET), MediaType.APPLICATION_JSON_TYPE).build();

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
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response jwks(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context Request request) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Variant chosen = request.selectVariant(FORMS);
        MediaType form = chosen == null ? FORMS.get(0).getMediaType() : chosen.getMediaType();
        return ContentTags.revalidated(ifNoneMatch, keys.jwks().getBytes(StandardCharsets.UTF_8), form)
                .cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
