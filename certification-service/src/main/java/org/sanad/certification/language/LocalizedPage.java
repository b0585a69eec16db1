package org.sanad.certification.language;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.sanad.common.web.ContentTags;

/** A page rendered in the language chosen for it, answered saying so and that the choice depends on the request's headers. */
public record LocalizedPage(Language language, String html) {

    /** The page comes instead of JSON by Accept, in its language by Accept-Language: caches must keep both apart. */
    public static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE;

    public static LocalizedPage render(Language language, TemplateInstance page) {
        return new LocalizedPage(language, page.setLocale(language.locale()).render());
    }

    /** The page with its ETag, or 304 Not Modified when the client holds this very page. */
    public Response.ResponseBuilder answer(String ifNoneMatch) {
        return ContentTags.revalidated(ifNoneMatch, html.getBytes(StandardCharsets.UTF_8),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .language(language.locale())
                .header(HttpHeaders.VARY, VARY);
    }
}
