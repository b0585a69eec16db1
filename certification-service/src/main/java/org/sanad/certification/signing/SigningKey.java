package org.sanad.certification.signing;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

/**
 * A key pair that signs under a key id: P-256 for ES256 (JWS: credentials, status lists, log heads) or
 * Ed25519 for Data Integrity proofs ({@code eddsa-rdfc-2022}).
 */
public record SigningKey(String kid, PrivateKey privateKey, PublicKey publicKey) {

    /** The JWS algorithm of P-256 keys. */
    public static final String ALGORITHM = AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;
    /** How the published-key table names Ed25519 keys (the JOSE name of the algorithm). */
    public static final String EDDSA = AlgorithmIdentifiers.EDDSA;

    public SigningKey {
        if (!(publicKey instanceof ECPublicKey) && !(publicKey instanceof EdECPublicKey)) {
            throw new IllegalArgumentException("A signing key is P-256 or Ed25519, not " + publicKey.getAlgorithm());
        }
    }

    public String algorithm() {
        return algorithmOf(publicKey);
    }

    public boolean isEd25519() {
        return publicKey instanceof EdECPublicKey;
    }

    /** The public half as a JWK under the key's id, as the published-key table keeps it. */
    public String publicJwk() {
        return publicJwk(publicKey, kid);
    }

    private static String algorithmOf(PublicKey publicKey) {
        return publicKey instanceof ECPublicKey ? ALGORITHM : EDDSA;
    }

    /** A P-256 or Ed25519 public key as a JWK for signatures, under the given key id. */
    public static String publicJwk(PublicKey publicKey, String kid) {
        PublicJsonWebKey jwk = publicKey instanceof ECPublicKey ec
                ? new EllipticCurveJsonWebKey(ec)
                : new OctetKeyPairJsonWebKey(publicKey);
        jwk.setKeyId(kid);
        jwk.setAlgorithm(algorithmOf(publicKey));
        jwk.setUse("sig");
        return jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
