package org.sanad.certification.signing;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
public class SigningKeys implements PublishedKeys {

    private final SigningKeyQueries queries;
    private final CertificationSettings settings;
    private final KeyLocations locations;
    private final Map<String, PublicKey> published = new ConcurrentHashMap<>();
    private volatile SigningKey active;
    private volatile SigningKey proofKey;

    public SigningKeys(SigningKeyQueries queries, CertificationSettings settings, KeyLocations locations) {
        this.queries = queries;
        this.settings = settings;
        this.locations = locations;
    }

    void loadConfiguredKeys(@Observes StartupEvent event) {
        refuseDevelopmentKeyInProduction(settings.signingKeyId(), "SANAD_CERTIFICATE_SIGNING_KEY");
        refuseDevelopmentKeyInProduction(settings.proofKeyId(), "SANAD_CREDENTIAL_PROOF_KEY");
        activate(SigningKeyFile.read(settings.signingKey(), settings.signingKeyId(), SigningKeyFile.Kind.P256));
        activate(SigningKeyFile.read(settings.proofKey(), settings.proofKeyId(), SigningKeyFile.Kind.ED25519));
    }

    private static void refuseDevelopmentKeyInProduction(String kid, String variable) {
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.isProfileActive("prod")
                && kid.startsWith(DevelopmentKeyGuard.DEVELOPMENT_KID_PREFIX)) {
            throw new IllegalStateException("The prod profile refuses the development key " + kid + ": set " + variable
                    + " and " + variable + "_ID to the platform's own key");
        }
    }

    /**
     * Publishes the key's public half (once) and signs with it from now on: JWS signatures with a P-256 key,
     * Data Integrity proofs with an Ed25519 key.
     */
    @Transactional
    public void activate(SigningKey key) {
        if (!key.kid().matches(KeyLocations.KEY_ID)) {
            throw new IllegalStateException("The key id " + key.kid() + " is not 1 to 100 of A-Z, a-z, 0-9, '.', '_', '-'");
        }
        queries.publish(key.kid(), key.algorithm(), key.publicJwk());
        PublicKey stored = publicKey(key.kid()).orElseThrow();
        if (!stored.equals(key.publicKey())) {
            throw new IllegalStateException("Key id " + key.kid() + " already names another public key: "
                    + "give a new signing key a new id");
        }
        if (key.isEd25519()) {
            proofKey = key;
        } else {
            active = key;
        }
    }

    /** The Ed25519 key that signs Data Integrity proofs. */
    public SigningKey proofKey() {
        SigningKey key = proofKey;
        if (key == null) {
            throw new IllegalStateException("No credential proof key is active yet");
        }
        return key;
    }

    public SigningKey active() {
        SigningKey key = active;
        if (key == null) {
            throw new IllegalStateException("No certificate signing key is active yet");
        }
        return key;
    }

    /** The public key a signature names (by the URL of its JWK, or by id), if it is one of ours. */
    @Override
    public Optional<PublicKey> publicKey(String named) {
        if (named == null) {
            return Optional.empty();
        }
        String kid = locations.kidOf(named);
        PublicKey known = published.get(kid);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PublicKey> key = queries.publicJwk(kid).map(SigningKeys::parse);
        key.ifPresent(found -> published.put(kid, found));
        return key;
    }

    /** Every published public key, oldest first. */
    @Transactional
    public List<PublishedKey> published() {
        return queries.published().stream().map(row -> new PublishedKey(row.kid(), row.algorithm(), parse(row.publicJwk())))
                .toList();
    }

    /** A key as published: its id, its algorithm ({@code ES256} or {@code EdDSA}) and its public half. */
    public record PublishedKey(String kid, String algorithm, PublicKey publicKey) {
    }

    /** Every published key as a JWK Set document, oldest first, each named by the URL of its JWK. */
    @Transactional
    public String jwks() {
        return "{\"keys\":[" + String.join(",", published().stream().map(this::jwk).toList()) + "]}";
    }

    /** The JWK of one published key, named by its own URL. */
    public Optional<String> jwk(String kid) {
        return publicKey(kid).map(key -> SigningKey.publicJwk(key, locations.jwk(kid)));
    }

    private String jwk(PublishedKey key) {
        return SigningKey.publicJwk(key.publicKey(), locations.jwk(key.kid()));
    }

    private static PublicKey parse(String jwk) {
        try {
            return ((PublicJsonWebKey) JsonWebKey.Factory.newJwk(jwk)).getPublicKey();
        } catch (JoseException e) {
            throw new IllegalStateException("A published signing key is not a readable JWK", e);
        }
    }
}
