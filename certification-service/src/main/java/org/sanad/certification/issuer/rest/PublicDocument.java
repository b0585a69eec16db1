package org.sanad.certification.issuer.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.sanad.certification.certificate.proof.JsonLdMediaTypes;
import org.sanad.certification.language.Language;
import org.sanad.certification.language.LocalizedPage;
import org.sanad.common.web.ContentTags;

/**
 * A public document in the form the client asks for: JSON-LD for programs (the default), HTML for people in
 * the language they ask for; each form with a strong ETag, so a verifier revalidates for a 304.
 */
final class PublicDocument {

    private static final List<Variant> FORMS = Variant.mediaTypes(MediaType.valueOf(JsonLdMediaTypes.JSON_LD),
            MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE).build();
    /** Profiles and achievements change rarely; verifiers may keep them for an hour. */
    private static final int MAX_AGE = 3_600;

    private PublicDocument() {
    }

    static Response answer(Request request, String ifNoneMatch, ObjectNode document, Language language,
            Function<Language, TemplateInstance> page) {
        Variant chosen = request.selectVariant(FORMS);
        MediaType form = chosen == null ? MediaType.valueOf(JsonLdMediaTypes.JSON_LD) : chosen.getMediaType();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE);
        Response.ResponseBuilder answer = MediaType.TEXT_HTML_TYPE.isCompatible(form)
                ? LocalizedPage.render(language, page.apply(language)).answer(ifNoneMatch)
                : ContentTags.revalidated(ifNoneMatch, document.toString().getBytes(StandardCharsets.UTF_8), form)
                        .header(HttpHeaders.VARY, LocalizedPage.VARY);
        return answer.cacheControl(cache).build();
    }
}
