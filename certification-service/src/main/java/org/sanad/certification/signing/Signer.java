package org.sanad.certification.signing;

import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** Signs JSON payloads as compact JWS (ES256) with the active key, naming it by {@code kid}. */
@ApplicationScoped
public class Signer {

    private final SigningKeys keys;

    public Signer(SigningKeys keys) {
        this.keys = keys;
    }

    public Signed sign(String payloadJson, String type) {
        SigningKey key = keys.active();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payloadJson);
        jws.setAlgorithmHeaderValue(SigningKey.ALGORITHM);
        jws.setKeyIdHeaderValue(key.kid());
        jws.setHeader("typ", type);
        jws.setKey(key.privateKey());
        try {
            return new Signed(jws.getCompactSerialization(), key.kid());
        } catch (JoseException e) {
            throw new IllegalStateException("Signing with key " + key.kid() + " failed", e);
        }
    }

    /** A compact JWS and the key id that signed it. */
    public record Signed(String compact, String kid) {
    }
}
