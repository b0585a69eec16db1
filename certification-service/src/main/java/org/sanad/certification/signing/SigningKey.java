package org.sanad.certification.signing;

import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

/** A P-256 key pair that signs with ES256 under a key id. */
public record SigningKey(String kid, PrivateKey privateKey, ECPublicKey publicKey) {

    public static final String ALGORITHM = AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;

    /** The public half as a JWK, as published in the JWKS. */
    public String publicJwk() {
        EllipticCurveJsonWebKey jwk = new EllipticCurveJsonWebKey(publicKey);
        jwk.setKeyId(kid);
        jwk.setAlgorithm(ALGORITHM);
        jwk.setUse("sig");
        return jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
