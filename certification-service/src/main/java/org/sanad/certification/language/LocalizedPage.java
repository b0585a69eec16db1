package org.sanad.certification.language;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A page rendered in the language chosen for it, saying so, and that the choice depends on the request's headers. */
public final class LocalizedPage {

    /** The page comes instead of JSON by Accept, in its language by Accept-Language: caches must keep both apart. */
    public static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE;

    private LocalizedPage() {
    }

    public static Response.ResponseBuilder answer(Language language, TemplateInstance page) {
        String html = page.setLocale(language.locale()).render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .language(language.locale())
                .header(HttpHeaders.VARY, VARY);
    }
}
