package org.sanad.certification.issuer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.sanad.certification.CertificationSettings;

/**
 * The institutions that issue and endorse certificates, as Open Badges {@code Profile}s at
 * {@code /issuers/{code}}. The platform signs for each of them; what a profile says of an institution
 * comes from configuration ({@code sanad.certification.issuers."CODE".*}), and an institution not
 * configured is named by its code.
 */
@ApplicationScoped
public class Issuers {

    private final CertificationSettings settings;
    private final ObjectMapper json;

    public Issuers(CertificationSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    public String id(String institution) {
        return settings.url("/issuers/" + institution);
    }

    /** The institution's official name. */
    public String name(String institution) {
        return issuer(institution).map(CertificationSettings.Issuer::name).orElse(institution);
    }

    /** The institution's name in a language (a tag such as {@code ar}) where configuration gives one, else its official name. */
    public String name(String institution, String language) {
        return issuer(institution).map(issuer -> issuer.localNames().get(language)).orElseGet(() -> name(institution));
    }

    public Optional<String> url(String institution) {
        return issuer(institution).flatMap(CertificationSettings.Issuer::url).map(Object::toString);
    }

    public Optional<String> description(String institution) {
        return issuer(institution).flatMap(CertificationSettings.Issuer::description);
    }

    /** The issuer as a credential embeds it: id, type, name and website. */
    public ObjectNode embedded(String institution) {
        ObjectNode issuer = json.createObjectNode();
        issuer.put("id", id(institution));
        issuer.putArray("type").add("Profile");
        issuer.put("name", name(institution));
        url(institution).ifPresent(url -> issuer.put("url", url));
        return issuer;
    }

    /** Whether configuration describes the institution. */
    public boolean configured(String institution) {
        return settings.issuers().containsKey(institution);
    }

    private Optional<CertificationSettings.Issuer> issuer(String institution) {
        return Optional.ofNullable(settings.issuers().get(institution));
    }
}
