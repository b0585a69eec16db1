package org.sanad.certification.signing;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;
import org.sanad.certification.CertificationSettings;
import org.sanad.common.security.DevelopmentKeyGuard;

/**
 * The key this instance signs with, and the public keys of every key that ever signed. Rotation:
 * configure a new key file and key id and restart; the old public key stays published, so
 * certificates signed with it keep verifying.
 */
@ApplicationScoped
public class SigningKeys implements PublishedKeys {

    private final SigningKeyQueries queries;
    private final CertificationSettings settings;
    private final Map<String, PublicKey> published = new ConcurrentHashMap<>();
    private volatile SigningKey active;

    public SigningKeys(SigningKeyQueries queries, CertificationSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    void loadConfiguredKey(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.isProfileActive("prod")
                && settings.signingKeyId().startsWith(DevelopmentKeyGuard.DEVELOPMENT_KID_PREFIX)) {
            throw new IllegalStateException("The prod profile refuses the development certificate signing key "
                    + settings.signingKeyId() + ": set SANAD_CERTIFICATE_SIGNING_KEY and SANAD_CERTIFICATE_SIGNING_KEY_ID "
                    + "to the platform's own key");
        }
        activate(SigningKeyFile.read(settings.signingKey(), settings.signingKeyId()));
    }

    /** Publishes the key's public half (once) and signs with it from now on. */
    @Transactional
    public void activate(SigningKey key) {
        queries.publish(key.kid(), SigningKey.ALGORITHM, key.publicJwk());
        PublicKey stored = publicKey(key.kid()).orElseThrow();
        if (!stored.equals(key.publicKey())) {
            throw new IllegalStateException("Key id " + key.kid() + " already names another public key: "
                    + "give a new signing key a new id");
        }
        active = key;
    }

    public SigningKey active() {
        SigningKey key = active;
        if (key == null) {
            throw new IllegalStateException("No certificate signing key is active yet");
        }
        return key;
    }

    /** The public key a signature names, if it is one of ours. */
    @Override
    public Optional<PublicKey> publicKey(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        PublicKey known = published.get(kid);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PublicKey> key = queries.publicJwk(kid).map(SigningKeys::parse);
        key.ifPresent(found -> published.put(kid, found));
        return key;
    }

    /** Every published public key as a JWK Set document, oldest first. */
    @Transactional
    public String jwks() {
        return "{\"keys\":[" + String.join(",", queries.publicJwks()) + "]}";
    }

    private static PublicKey parse(String jwk) {
        try {
            return ((PublicJsonWebKey) JsonWebKey.Factory.newJwk(jwk)).getPublicKey();
        } catch (JoseException e) {
            throw new IllegalStateException("A published signing key is not a readable JWK", e);
        }
    }
}
