package org.sanad.certification.verify.rest;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Locale;
import org.sanad.certification.verify.api.CodeVerification;
import org.sanad.certification.verify.api.VerificationStatus;

/**
 * What the public verification page shows, in the language asked for ({@code lang}, else the first of
 * Accept-Language the page is written in, else English); its wording is {@link VerificationMessages}.
 *
 * @param other the language the page offers to switch to
 */
public record VerificationPage(String lang, String other, String status, String statusText, CodeVerification view) {

    /** The languages the page is written in; the first is the default. */
    static final List<String> LANGUAGES = List.of("en", "fr");

    static VerificationPage of(CodeVerification view, String requestedLang, String acceptLanguage) {
        String lang = language(requestedLang, acceptLanguage);
        VerificationMessages messages = MessageBundles.get(VerificationMessages.class, Localized.Literal.of(lang));
        String other = LANGUAGES.get((LANGUAGES.indexOf(lang) + 1) % LANGUAGES.size());
        return new VerificationPage(lang, other, view.status().wire(), statusText(view.status(), messages), view);
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    /** The other language's name, in that language. */
    public String otherName() {
        Locale locale = Locale.forLanguageTag(other);
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String statusText(VerificationStatus status, VerificationMessages messages) {
        return switch (status) {
            case VALID -> messages.valid();
            case REVOKED -> messages.revoked();
            case SUSPENDED -> messages.suspended();
            case EXPIRED -> messages.expired();
            case NOT_YET_VALID -> messages.notYetValid();
            case UNKNOWN, INVALID_SIGNATURE -> messages.unknown();
        };
    }

    private static String language(String requested, String acceptLanguage) {
        if (requested != null && LANGUAGES.contains(requested)) {
            return requested;
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String tag = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (LANGUAGES.contains(primary)) {
                    return primary;
                }
            }
        }
        return LANGUAGES.get(0);
    }
}
