package org.sanad.certification.signing;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.util.List;
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
public class SigningKeys {

    private final EntityManager em;
    private final CertificationSettings settings;
    private final Map<String, PublicKey> published = new ConcurrentHashMap<>();
    private volatile SigningKey active;

    public SigningKeys(EntityManager em, CertificationSettings settings) {
        this.em = em;
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
        String jwk = key.publicJwk();
        em.createNativeQuery("INSERT INTO signing_key (kid, algorithm, public_jwk) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (kid) DO NOTHING")
                .setParameter(1, key.kid()).setParameter(2, SigningKey.ALGORITHM).setParameter(3, jwk).executeUpdate();
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
    public Optional<PublicKey> publicKey(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        PublicKey known = published.get(kid);
        if (known != null) {
            return Optional.of(known);
        }
        List<?> rows = em.createNativeQuery("SELECT public_jwk FROM signing_key WHERE kid = ?1")
                .setParameter(1, kid).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PublicKey key = parse((String) rows.get(0));
        published.put(kid, key);
        return Optional.of(key);
    }

    /** Every published public key as a JWK Set document, oldest first. */
    @Transactional
    public String jwks() {
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("SELECT public_jwk FROM signing_key ORDER BY first_used_at, kid")
                .getResultList();
        return "{\"keys\":[" + String.join(",", keys) + "]}";
    }

    private static PublicKey parse(String jwk) {
        try {
            return ((PublicJsonWebKey) JsonWebKey.Factory.newJwk(jwk)).getPublicKey();
        } catch (JoseException e) {
            throw new IllegalStateException("A published signing key is not a readable JWK", e);
        }
    }
}
