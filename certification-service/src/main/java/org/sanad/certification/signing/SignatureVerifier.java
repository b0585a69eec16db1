package org.sanad.certification.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.PublicKey;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.sanad.common.input.StorableText;

/**
 * Checks a compact JWS against published keys: ES256 only, with a key the header names. The service
 * checks against its own table; {@code LogVerifier} against the JWKS it fetched, with the same code.
 */
@ApplicationScoped
public class SignatureVerifier {

    private static final String COMPACT = "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+";

    private final PublishedKeys keys;

    public SignatureVerifier(PublishedKeys keys) {
        this.keys = keys;
    }

    /** What a signature check found. */
    public enum Outcome {
        /** Not a compact JWS signed with ES256: see {@link Checked#problem()}. */
        MALFORMED,
        /** Signed with a key this platform never published. */
        UNKNOWN_KEY,
        /** The signature does not verify: altered or forged. */
        INVALID,
        VALID
    }

    /**
     * @param kid the key the header names
     * @param payload the payload, present only when the signature is valid
     * @param problem why a token is malformed
     */
    public record Checked(Outcome outcome, String kid, Optional<String> payload, String problem) {
    }

    /** Our key ids are short; anything longer is not one of them and is not worth a database lookup. */
    private static final int MAX_KID = 200;

    public Checked check(String compact) {
        String token = compact == null ? "" : compact.strip();
        if (!token.matches(COMPACT)) {
            return malformed(null, "not a compact JWS (three base64url parts separated by dots)");
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, SigningKey.ALGORITHM));
        String kid;
        try {
            jws.setCompactSerialization(token);
            // Read as objects: jose4j's string getters cast, and throw ClassCastException on a number or an object.
            Object alg = jws.getHeaders().getObjectHeaderValue("alg");
            Object kidValue = jws.getHeaders().getObjectHeaderValue("kid");
            if (!(kidValue instanceof String text) || !StorableText.isStorable(text) || text.length() > MAX_KID) {
                return malformed(null, "its header's kid is not a key identifier");
            }
            kid = text;
            if (!SigningKey.ALGORITHM.equals(alg)) {
                return malformed(kid, alg instanceof String name
                        ? "signed with " + name + "; this platform signs with ES256 only"
                        : "its header's alg is not an algorithm name");
            }
        } catch (JoseException e) {
            return malformed(null, "its header is not readable JSON");
        }
        Optional<PublicKey> key = keys.publicKey(kid);
        if (key.isEmpty()) {
            return new Checked(Outcome.UNKNOWN_KEY, kid, Optional.empty(), null);
        }
        try {
            jws.setKey(key.get());
            return jws.verifySignature()
                    ? new Checked(Outcome.VALID, kid, Optional.of(jws.getUnverifiedPayload()), null)
                    : new Checked(Outcome.INVALID, kid, Optional.empty(), null);
        } catch (JoseException e) {
            return new Checked(Outcome.INVALID, kid, Optional.empty(), null);
        }
    }

    /** The payload, if the signature verifies with the published key the header names. */
    public Optional<String> verifiedPayload(String compact) {
        return check(compact).payload();
    }

    private static Checked malformed(String kid, String problem) {
        return new Checked(Outcome.MALFORMED, kid, Optional.empty(), problem);
    }
}
