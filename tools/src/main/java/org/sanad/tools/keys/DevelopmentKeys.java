package org.sanad.tools.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.HexFormat;
import java.util.Properties;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The development keys under {@code SANAD_HOME/keys}, generated on first use and never committed: an
 * RSA key that signs development tokens (its public half in {@code jwks.json}, which the services
 * trust in the local profile), the P-256 key certification-service signs certificates with, and the
 * Ed25519 key of their Data Integrity proofs. Every key id starts with {@code sanad-dev-}, which the prod
 * profile refuses. {@code development-keys.properties}
 * gives the services the two key ids.
 */
public final class DevelopmentKeys {

    static final String TOKEN_KEY = "dev-private.pem";
    static final String JWKS = "jwks.json";
    static final String CERTIFICATE_KEY = "certificate-signing.pem";
    static final String PROOF_KEY = "credential-proof.pem";
    static final String KEY_IDS = "development-keys.properties";

    private final Path dir;

    public DevelopmentKeys(Path home) {
        this.dir = home.resolve("keys");
    }

    /** The private key and key id development tokens are signed with. */
    public record TokenKey(String kid, PrivateKey privateKey) {
    }

    public boolean exist() {
        return nonEmpty(TOKEN_KEY) && nonEmpty(JWKS) && nonEmpty(CERTIFICATE_KEY) && nonEmpty(PROOF_KEY)
                && nonEmpty(KEY_IDS);
    }

    /** Generates whatever is missing; keys already there are kept, so tokens and certificates stay valid. */
    public void ensure() throws IOException, GeneralSecurityException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        if (!nonEmpty(TOKEN_KEY) || !nonEmpty(JWKS)) {
            writeTokenKey();
        }
        if (!nonEmpty(CERTIFICATE_KEY)) {
            writeKeyPair(CERTIFICATE_KEY, ecKeyPair());
        }
        if (!nonEmpty(PROOF_KEY)) {
            writeKeyPair(PROOF_KEY, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        }
        Properties ids = new Properties();
        ids.setProperty("sanad.service-auth.signing-key-id", tokenKeyId());
        ids.setProperty("sanad.certification.signing-key-id", keyId(CERTIFICATE_KEY, "certificates"));
        ids.setProperty("sanad.certification.proof-key-id", keyId(PROOF_KEY, "proofs"));
        try (var out = Files.newBufferedWriter(dir.resolve(KEY_IDS), StandardCharsets.UTF_8)) {
            ids.store(out, "The ids of the development keys beside this file; bin/run hands this file to the services");
        }
    }

    public TokenKey tokenKey() throws IOException, GeneralSecurityException {
        byte[] der = Pem.read(Files.readString(dir.resolve(TOKEN_KEY), StandardCharsets.US_ASCII), "PRIVATE KEY");
        return new TokenKey(tokenKeyId(), KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    private void writeTokenKey() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RsaJsonWebKey jwk = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) pair.getPublic());
        jwk.setKeyId("sanad-dev-" + fingerprint(pair.getPublic().getEncoded()));
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        writePrivate(TOKEN_KEY, Pem.block("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve(JWKS), new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "\n");
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** Both halves in one file, private first, as certification-service's SigningKeyFile reads them. */
    private void writeKeyPair(String name, KeyPair pair) throws IOException {
        writePrivate(name, Pem.block("PRIVATE KEY", pair.getPrivate().getEncoded())
                + Pem.block("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private String tokenKeyId() throws IOException {
        try {
            return new JsonWebKeySet(Files.readString(dir.resolve(JWKS))).getJsonWebKeys().get(0).getKeyId();
        } catch (JoseException | IndexOutOfBoundsException e) {
            throw new IOException(dir.resolve(JWKS) + " is not a JWKS holding the development key", e);
        }
    }

    private String keyId(String file, String use) throws IOException, GeneralSecurityException {
        byte[] publicKey = Pem.read(Files.readString(dir.resolve(file), StandardCharsets.US_ASCII), "PUBLIC KEY");
        return "sanad-dev-" + use + "-" + fingerprint(publicKey);
    }

    private static String fingerprint(byte[] publicKey) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey)).substring(0, 12);
    }

    private void writePrivate(String name, String pem) throws IOException {
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    private boolean nonEmpty(String name) {
        try {
            return Files.size(dir.resolve(name)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
