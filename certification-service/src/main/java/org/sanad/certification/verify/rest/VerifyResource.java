package org.sanad.certification.verify.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.language.LanguageChoice;
import org.sanad.certification.language.LocalizedPage;
import org.sanad.certification.signing.Signer;
import org.sanad.certification.verify.Verifications;
import org.sanad.certification.verify.api.CodeVerification;
import org.sanad.certification.verify.api.CredentialVerification;
import org.sanad.certification.verify.api.PresentedCredential;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.web.ContentTags;

@Path("/verify")
@Tag(name = "Public verification", description = "Open to anyone, without a token; rate-limited per client at the gateway")
@PermitAll
public class VerifyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(VerificationPage page);
    }

    /**
     * How long a client or a cache may reuse a verification answer without asking again: a status change
     * reaches a verifier's screen within this many seconds. After it, revalidating with If-None-Match costs
     * a 304.
     */
    static final int MAX_AGE_SECONDS = 10;

    private final Verifications verifications;
    private final ObjectMapper json;

    public VerifyResource(Verifications verifications, ObjectMapper json) {
        this.verifications = verifications;
        this.json = json;
    }

    private static final List<Variant> ANSWERS =
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE).build();

    @GET
    @Path("/{code}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @SecurityRequirementsSet
    @Operation(operationId = "verifyCode",
            summary = "Verify a certificate by its code", description = "The code printed on the certificate and in "
            + "its QR code. JSON for programs; an HTML page (English, French or Arabic: `lang`, else Accept-Language) "
            + "when the client asks for text/html. Shows the status and only the personal data needed to recognise the holder. "
            + "A code that names no certificate answers `unknown`, the same way whichever code it is. "
            + "Each answer has a strong ETag and may be reused for " + MAX_AGE_SECONDS + " seconds; revalidate with "
            + "If-None-Match.")
    @APIResponse(responseCode = "200", description = "status: valid, revoked, suspended, expired, not-yet-valid or unknown",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeVerification.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "The answer is the one the ETag sent in If-None-Match names")
    @APIResponse(responseCode = "400", description = "Not a code: 16 characters of A-Z and 2-7 (dashes and spaces ignored)")
    public Response byCode(@PathParam("code") @Parameter(example = "K7QZ2MX4TB9PLR3D") String code,
            @BeanParam LanguageChoice language, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context Request request) throws JsonProcessingException {
        CodeVerification result = verifications.byCode(code);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        if (prefersHtml(request)) {
            return LocalizedPage.render(language.language(), Templates.page(VerificationPage.of(result, language.language())))
                    .answer(ifNoneMatch).cacheControl(cache).build();
        }
        return ContentTags.revalidated(ifNoneMatch, json.writeValueAsBytes(result), MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(cache).header(HttpHeaders.VARY, LocalizedPage.VARY).build();
    }

    @POST
    @Consumes({Signer.VC_JWT_MEDIA_TYPE, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet
    @Operation(operationId = "verifyCredential",
            summary = "Verify a signed credential", description = "Checks the ES256 signature against the published keys, "
            + "the validity dates, that this platform issued exactly this credential, and its current status.")
    @APIResponse(responseCode = "200", description = "`valid` and each check made")
    @APIResponse(responseCode = "400", description = "Not a VC-JWT")
    @APIResponse(responseCode = "413", description = "Larger than any credential (64 KiB)")
    public CredentialVerification verify(@NotNull String credential) {
        if (credential != null && credential.length() > PresentedCredential.MAX_LENGTH) {
            throw new ProblemException(ProblemType.BODY_TOO_LARGE, "A credential is at most "
                    + PresentedCredential.MAX_LENGTH + " characters");
        }
        return verifications.credential(credential);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet
    @Operation(summary = "Verify a signed credential sent as JSON", description = "The same checks, with the VC-JWT in `credential`.")
    @APIResponse(responseCode = "200", description = "`valid` and each check made")
    @APIResponse(responseCode = "400", description = "Not a VC-JWT, or no credential")
    public CredentialVerification verifyJson(@Valid @NotNull PresentedCredential presented) {
        return verifications.credential(presented.credential());
    }

    /**
     * HTML only when the client prefers it: a browser (text/html first, everything else at a lower q), not a
     * program that accepts both and lists JSON first, as a generated client does.
     */
    private static boolean prefersHtml(Request request) {
        Variant chosen = request.selectVariant(ANSWERS);
        return chosen != null && MediaType.TEXT_HTML_TYPE.isCompatible(chosen.getMediaType());
    }
}
