package org.sanad.certification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** How certification-service names itself to verifiers, and which key it signs with. */
@ConfigMapping(prefix = "sanad.certification")
public interface CertificationSettings {

    /**
     * The address verifiers reach the platform at (the gateway's public URL, no trailing slash): it
     * prefixes issuer profiles, status lists and verification links written into certificates.
     */
    URI publicUrl();

    /** A PEM file holding the active P-256 signing key: a PKCS#8 private key and its public key. */
    Path signingKey();

    /** The key id published in the JWKS and written into every signature; never reuse one. */
    String signingKeyId();

    /**
     * A PEM file holding the active Ed25519 key that signs Data Integrity proofs ({@code eddsa-rdfc-2022}):
     * a PKCS#8 private key and its public key.
     */
    Path proofKey();

    /** The id of the proof key, published beside the signing key's; never reuse one. */
    String proofKeyId();

    /** What issuer profiles say of each institution, by institution code; others are named by their code. */
    Map<String, Issuer> issuers();

    /** An institution as its issuer profile presents it. */
    interface Issuer {
        /** Its official name, as certificates carry it. */
        String name();

        /** Its name in the languages of the public pages ({@code ar}, {@code fr}, {@code en}), when it differs. */
        Map<String, String> localNames();

        /** Its own website. */
        Optional<URI> url();

        Optional<String> description();
    }

    /** Most certificates issued in one bulk request (each is signed, stored and logged in one transaction). */
    @WithDefault("1000")
    int maxBatch();

    default String url(String path) {
        String base = publicUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
