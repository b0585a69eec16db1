package org.sanad.certification.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.PublicKey;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** Checks a compact JWS this platform signed: ES256 only, with a key it published. */
@ApplicationScoped
public class SignatureVerifier {

    private final SigningKeys keys;

    public SignatureVerifier(SigningKeys keys) {
        this.keys = keys;
    }

    /** The payload, if the signature verifies with the published key the header names. */
    public Optional<String> verifiedPayload(String compact) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, SigningKey.ALGORITHM));
            jws.setCompactSerialization(compact);
            Optional<PublicKey> key = keys.publicKey(jws.getKeyIdHeaderValue());
            if (key.isEmpty()) {
                return Optional.empty();
            }
            jws.setKey(key.get());
            return jws.verifySignature() ? Optional.of(jws.getUnverifiedPayload()) : Optional.empty();
        } catch (JoseException e) {
            return Optional.empty();
        }
    }
}
