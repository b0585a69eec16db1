package org.sanad.certification.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** Signs JSON payloads as compact JWS (ES256) with the active key, naming it by the URL of its JWK. */
@ApplicationScoped
public class Signer {

    /** The {@code typ} of a signed credential (Open Badges 3.0, section 8.2) or status list. */
    public static final String JWT_TYPE = "JWT";
    /** The media type of a credential signed as a JWT (VC-JOSE-COSE). */
    public static final String VC_JWT_MEDIA_TYPE = "application/vc+jwt";

    private final SigningKeys keys;
    private final KeyLocations locations;
    private final ObjectMapper json;

    public Signer(SigningKeys keys, KeyLocations locations, ObjectMapper json) {
        this.keys = keys;
        this.locations = locations;
        this.json = json;
    }

    public Signed sign(ObjectNode payload, String type) {
        String payloadJson;
        try {
            payloadJson = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a payload to sign", e);
        }
        SigningKey key = keys.active();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payloadJson);
        jws.setAlgorithmHeaderValue(SigningKey.ALGORITHM);
        jws.setKeyIdHeaderValue(locations.jwk(key.kid()));
        jws.setHeader("typ", type);
        jws.setKey(key.privateKey());
        try {
            return new Signed(jws.getCompactSerialization(), key.kid(), payloadJson);
        } catch (JoseException e) {
            throw new IllegalStateException("Signing with key " + key.kid() + " failed", e);
        }
    }

    /** A compact JWS, the key id that signed it, and the payload exactly as signed. */
    public record Signed(String compact, String kid, String payload) {
    }
}
