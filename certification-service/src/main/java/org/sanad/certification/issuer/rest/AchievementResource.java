package org.sanad.certification.issuer.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.certificate.proof.JsonLdMediaTypes;
import org.sanad.certification.issuer.documents.IssuerDocuments;
import org.sanad.certification.language.LanguageChoice;

/** The achievement ids credentials name, resolvable by anyone. */
@Path("/achievements/{programme}/v{version}")
@Tag(name = "Public verification")
@PermitAll
public class AchievementResource {

    private final IssuerDocuments documents;

    public AchievementResource(IssuerDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Produces({JsonLdMediaTypes.JSON_LD, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @SecurityRequirementsSet
    @Operation(operationId = "readAchievement", summary = "What a programme version's certificate attests",
            description = "The Open Badges 3.0 `Achievement` a credential's `credentialSubject.achievement.id` names: "
                    + "name, description, criteria, and an alignment to each provision of the human-rights instruments "
                    + "the programme covers. JSON-LD by default; an HTML page for browsers, with its labels in English, "
                    + "French or Arabic.")
    @APIResponse(responseCode = "200", description = "The achievement", content = {
            @Content(mediaType = JsonLdMediaTypes.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No certificate of this programme version was ever issued")
    public Response achievement(@PathParam("programme") @Parameter(example = "TOT-MIGRATION") String programme,
            @PathParam("version") @Parameter(example = "1") int version, @BeanParam LanguageChoice language,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context Request request) {
        ObjectNode achievement = documents.achievement(programme, version);
        return PublicDocument.answer(request, ifNoneMatch, achievement, language.language(), chosen ->
                IssuerResource.Templates.achievement(IssuerResource.AchievementPage.of(achievement, chosen)));
    }
}
