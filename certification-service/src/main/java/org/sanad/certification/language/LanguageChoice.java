package org.sanad.certification.language;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a request for a page says of its language: {@code ?lang=}, else Accept-Language. Used as a {@code @BeanParam}. */
public class LanguageChoice {

    @QueryParam("lang")
    @Parameter(description = "The page's language: `en`, `fr` or `ar` (right to left); else the best of "
            + "Accept-Language the page is written in; else English. Ignored for JSON and JSON-LD.",
            example = "ar")
    private String lang;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    @Parameter(description = "Used when `lang` names none of the page's languages.", example = "ar-MA, fr;q=0.8")
    private String acceptLanguage;

    public Language language() {
        return Language.chosen(lang, acceptLanguage);
    }
}
