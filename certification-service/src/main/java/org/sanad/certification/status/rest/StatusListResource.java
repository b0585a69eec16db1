package org.sanad.certification.status.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.certificate.proof.JsonLdMediaTypes;
import org.sanad.certification.certificate.proof.SecuredForm;
import org.sanad.certification.signing.Signer;
import org.sanad.certification.status.StatusLists.PublishedList;
import org.sanad.certification.status.StatusLists;
import org.sanad.common.web.ContentTags;

@Path("/verify/status-lists/{issuer}/{purpose}/{list}")
@Tag(name = "Public verification")
@PermitAll
public class StatusListResource {

    private final StatusLists lists;

    public StatusListResource(StatusLists lists) {
        this.lists = lists;
    }

    @GET
    @Produces({Signer.VC_JWT_MEDIA_TYPE, JsonLdMediaTypes.JSON_LD, JsonLdMediaTypes.VC, MediaType.APPLICATION_JSON})
    @SecurityRequirementsSet
    @Operation(operationId = "readStatusList",
            summary = "A Bitstring Status List credential", description = "Each issuer publishes its own lists: "
            + "every certificate's `credentialStatus` names the revocation list of its issuer, and the suspension list "
            + "of the same issuer holds the certificate at the same index (replace `revocation` by `suspension` in the "
            + "URL). Bit `statusListIndex` is 1 when the certificate has that status. As a VC-JWT (`application/vc+jwt`, "
            + "the default) or as JSON-LD with a Data Integrity proof (`application/ld+json`, `application/vc` or "
            + "`application/json`), both in the issuer's name. Cache it for `ttl` milliseconds to verify offline; "
            + "revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The status list", content = {
            @Content(mediaType = Signer.VC_JWT_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = "A VC-JWT")),
            @Content(mediaType = JsonLdMediaTypes.JSON_LD, schema = @Schema(type = SchemaType.OBJECT,
                    description = "The BitstringStatusListCredential with an eddsa-rdfc-2022 DataIntegrityProof")),
            @Content(mediaType = JsonLdMediaTypes.VC, schema = @Schema(type = SchemaType.OBJECT,
                    description = "The BitstringStatusListCredential with an eddsa-rdfc-2022 DataIntegrityProof")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "The BitstringStatusListCredential with an eddsa-rdfc-2022 DataIntegrityProof"))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such list")
    public Response list(@PathParam("issuer") String issuer, @PathParam("purpose") String purpose,
            @PathParam("list") long list, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context Request request) {
        PublishedList published = lists.publish(issuer, purpose, list);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        SecuredForm form = SecuredForm.chosenBy(request,
                List.of(JsonLdMediaTypes.JSON_LD, JsonLdMediaTypes.VC, MediaType.APPLICATION_JSON));
        EntityTag etag = published.etag(form.jwt());
        if (ContentTags.matches(ifNoneMatch, etag)) {
            return Response.notModified(etag).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return Response.ok(form.jwt() ? published.jwt() : published.credentialJson(), form.mediaType()).tag(etag).cacheControl(cache)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
