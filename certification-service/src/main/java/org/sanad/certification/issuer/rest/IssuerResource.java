package org.sanad.certification.issuer.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.certificate.proof.JsonLdMediaTypes;
import org.sanad.certification.issuer.Issuers;
import org.sanad.certification.issuer.documents.IssuerDocuments;
import org.sanad.certification.language.Language;
import org.sanad.certification.language.LanguageChoice;

/** The issuer ids and verification methods credentials name, resolvable by anyone. */
@Path("/issuers/{institution}")
@Tag(name = "Public verification")
@PermitAll
public class IssuerResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance issuer(IssuerPage page);

        static native TemplateInstance achievement(AchievementPage page);
    }

    private final IssuerDocuments documents;
    private final Issuers issuers;

    public IssuerResource(IssuerDocuments documents, Issuers issuers) {
        this.documents = documents;
        this.issuers = issuers;
    }

    @GET
    @Produces({JsonLdMediaTypes.JSON_LD, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @SecurityRequirementsSet
    @Operation(operationId = "readIssuerProfile", summary = "An issuing institution's profile",
            description = "The Open Badges 3.0 `Profile` a credential's `issuer.id` names: name, website, description, "
                    + "and in `assertionMethod` every key that ever signed in the institution's name (Data Integrity "
                    + "verifiers check a proof's key against it). JSON-LD by default; an HTML page for browsers, in "
                    + "English, French or Arabic.")
    @APIResponse(responseCode = "200", description = "The profile", content = {
            @Content(mediaType = JsonLdMediaTypes.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such issuer")
    public Response profile(@PathParam("institution") @Parameter(example = "DGSN") String institution,
            @BeanParam LanguageChoice language, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context Request request) {
        ObjectNode profile = documents.profile(institution);
        return PublicDocument.answer(request, ifNoneMatch, profile, language.language(), chosen -> Templates.issuer(
                IssuerPage.of(profile, chosen, issuers.name(institution, chosen.tag()))));
    }

    @GET
    @Path("/keys/{kid}")
    @Produces({JsonLdMediaTypes.JSON_LD, MediaType.APPLICATION_JSON})
    @SecurityRequirementsSet
    @Operation(operationId = "readIssuerKey", summary = "A key that signs in an institution's name",
            description = "A `Multikey` verification method controlled by the issuer: what a Data Integrity proof's "
                    + "`verificationMethod` names. Keys never change under an id, so it may be cached for a day.")
    @APIResponse(responseCode = "200", description = "The verification method", content = {
            @Content(mediaType = JsonLdMediaTypes.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "404", description = "No such issuer or key")
    public Response key(@PathParam("institution") String institution, @PathParam("kid") String kid) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(documents.key(institution, kid).toString()).cacheControl(cache).build();
    }

    /**
     * What the issuer's page shows: the institution's name in the page's language where it has one.
     *
     * @param officialName the name credentials carry, when the page shows another
     */
    public record IssuerPage(Language language, String id, String name, String officialName, String url,
            String description, List<String> keys) {

        static IssuerPage of(ObjectNode profile, Language language, String localName) {
            List<String> keys = new ArrayList<>();
            profile.path("assertionMethod").forEach(key -> keys.add(key.asText()));
            String official = profile.path("name").asText();
            return new IssuerPage(language, profile.path("id").asText(), localName,
                    localName.equals(official) ? null : official, text(profile, "url"), text(profile, "description"), keys);
        }
    }

    /** What an achievement's page shows. */
    public record AchievementPage(Language language, String id, String name, String description, String kind, String criteria,
            List<Alignment> alignments) {

        public record Alignment(String name, String code, String framework) {
        }

        static AchievementPage of(ObjectNode achievement, Language language) {
            List<Alignment> alignments = new ArrayList<>();
            achievement.path("alignment").forEach(align -> alignments.add(new Alignment(align.path("targetName").asText(),
                    align.path("targetCode").asText(), align.path("targetFramework").asText())));
            return new AchievementPage(language, achievement.path("id").asText(), achievement.path("name").asText(),
                    text(achievement, "description"), text(achievement, "achievementType"),
                    achievement.path("criteria").path("narrative").asText(null), alignments);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }
}
