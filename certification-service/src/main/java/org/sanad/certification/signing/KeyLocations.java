package org.sanad.certification.signing;

import jakarta.enterprise.context.ApplicationScoped;
import org.sanad.certification.CertificationSettings;

/**
 * Where each published key can be fetched. A JWS names its key by a URL that returns that one JWK (Open
 * Badges 3.0, "Create the JOSE header"), and the JWKS lists every key under the same URL, so a JOSE
 * library matches the two. A Data Integrity proof names a verification method of its issuer.
 */
@ApplicationScoped
public class KeyLocations {

    /** Key ids become path segments, so they keep to the characters a URL path takes as they are. */
    public static final String KEY_ID = "[A-Za-z0-9._-]{1,100}";
    static final String JWK_PATH = "/verify/keys/";

    private final CertificationSettings settings;

    public KeyLocations(CertificationSettings settings) {
        this.settings = settings;
    }

    /** The URL of the key's JWK: a JWS header's {@code kid} and the key's {@code kid} in the JWKS. */
    public String jwk(String kid) {
        return settings.url(JWK_PATH + kid);
    }

    /** The key id a JWS header names, whether as the URL of its JWK or (signatures made before) by name. */
    public String kidOf(String named) {
        String prefix = settings.url(JWK_PATH);
        return named.startsWith(prefix) ? named.substring(prefix.length()) : named;
    }

    /** The verification method a Data Integrity proof names: the key, as one of the issuer's. */
    public String verificationMethod(String issuerId, String kid) {
        return issuerId + "/keys/" + kid;
    }
}
