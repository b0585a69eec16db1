package org.sanad.certification.issuer.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the issuer and achievement pages, used as {@code {pages:website}} in their templates;
 * English here, other languages in {@code messages/pages_<lang>.properties}. What the institutions and
 * programmes say of themselves is shown as they wrote it.
 */
@MessageBundle(value = "pages", locale = "en")
public interface PublicPageMessages {

    @Message("Languages")
    String languages();

    @Message("Certificate issuer")
    String issuer();

    @Message("Official name")
    String officialName();

    @Message("Website")
    String website();

    @Message("About")
    String about();

    @Message("Keys that sign in its name")
    String keys();

    @Message("Kind")
    String kind();

    @Message("Criteria")
    String criteria();

    @Message("Human-rights standards it covers")
    String standards();
}
