package org.sanad.certification.status.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.signing.Signer;
import org.sanad.certification.status.StatusLists.PublishedList;
import org.sanad.certification.status.StatusLists;

@Path("/verify/status-lists/{purpose}/{list}")
@Tag(name = "Public verification")
@PermitAll
public class StatusListResource {

    private final StatusLists lists;

    public StatusListResource(StatusLists lists) {
        this.lists = lists;
    }

    @GET
    @Produces({Signer.VC_JWT_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirementsSet
    @Operation(operationId = "readStatusList",
            summary = "A Bitstring Status List credential", description = "Referenced by every certificate's "
            + "`credentialStatus`. `purpose` is `revocation` or `suspension`; bit `statusListIndex` is 1 when the "
            + "certificate has that status. As a signed VC-JWT (`application/vc+jwt`, the default) or as the JSON "
            + "credential. Cache it for `ttl` milliseconds to verify offline; revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The status list", content = {
            @Content(mediaType = Signer.VC_JWT_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = "A VC-JWT")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "The BitstringStatusListCredential as JSON"))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such list")
    public Response list(@PathParam("purpose") String purpose, @PathParam("list") long list,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        PublishedList published = lists.publish(purpose, list);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        EntityTag etag = EntityTag.valueOf(published.etag());
        if (published.etag().equals(ifNoneMatch)) {
            return Response.notModified(etag).cacheControl(cache).build();
        }
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(Signer.VC_JWT_MEDIA_TYPE);
        return Response.ok(json ? published.credentialJson() : published.jwt(), json ? MediaType.APPLICATION_JSON : Signer.VC_JWT_MEDIA_TYPE)
                .tag(etag).cacheControl(cache).build();
    }
}
