package org.sanad.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * Signing keys for tests, made fresh in each test JVM so that no private key is ever committed.
 * {@link #TRUSTED} is published in a JWKS file the services under test verify against;
 * {@link #UNTRUSTED} signs tokens that must be refused.
 */
public final class TestKeys {

    public static final String TRUSTED_KID = "test-trusted";
    public static final KeyPair TRUSTED = generate();
    public static final KeyPair UNTRUSTED = generate();

    private static Path jwks;
    private static Path privateKey;

    private TestKeys() {
    }

    /** The JWKS file listing the trusted public key, written on first use. */
    public static synchronized Path jwksFile() {
        if (jwks == null) {
            try {
                Path file = Files.createTempFile("sanad-test-jwks", ".json");
                file.toFile().deleteOnExit();
                Files.writeString(file, jwksJson((RSAPublicKey) TRUSTED.getPublic(), TRUSTED_KID));
                jwks = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jwks;
    }

    /** The trusted private key as a PKCS#8 PEM file, for services that sign their own service tokens. */
    public static synchronized Path privateKeyFile() {
        if (privateKey == null) {
            try {
                Path file = Files.createTempFile("sanad-test-key", ".pem");
                file.toFile().deleteOnExit();
                String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(TRUSTED.getPrivate().getEncoded());
                Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
                privateKey = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return privateKey;
    }

    static String jwksJson(RSAPublicKey key, String kid) {
        return """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                .formatted(kid, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] unsigned = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
