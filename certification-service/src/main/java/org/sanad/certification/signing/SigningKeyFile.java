package org.sanad.certification.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a signing key from a PEM file holding both halves, as made by
 * {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem &&
 * openssl pkey -in key.pem -pubout >> key.pem} (or {@code -algorithm ed25519} for the proof key), and
 * checks that they belong together and are of the kind expected.
 */
public final class SigningKeyFile {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private SigningKeyFile() {
    }

    /** The kinds of key a file may hold. */
    public enum Kind {
        P256("EC", "SHA256withECDSA", "a P-256 key pair"),
        ED25519("Ed25519", "Ed25519", "an Ed25519 key pair");

        private final String keyAlgorithm;
        private final String signatureAlgorithm;
        private final String description;

        Kind(String keyAlgorithm, String signatureAlgorithm, String description) {
            this.keyAlgorithm = keyAlgorithm;
            this.signatureAlgorithm = signatureAlgorithm;
            this.description = description;
        }
    }

    /** A P-256 key, as the JWS signatures use. */
    public static SigningKey read(Path file, String kid) {
        return read(file, kid, Kind.P256);
    }

    public static SigningKey read(Path file, String kid, Kind kind) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the signing key " + file, e);
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(kind.keyAlgorithm);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY", file)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY", file)));
            if (publicKey instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalStateException("The signing key " + file + " is not a P-256 key");
            }
            requireMatching(privateKey, publicKey, kind, file);
            return new SigningKey(kid, privateKey, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key " + file + " is not " + kind.description, e);
        }
    }

    private static byte[] block(String pem, String label, Path file) {
        Matcher matcher = BLOCK.matcher(pem);
        while (matcher.find()) {
            if (matcher.group(1).equals(label)) {
                return Base64.getMimeDecoder().decode(matcher.group(2));
            }
        }
        throw new IllegalStateException("The signing key " + file + " holds no " + label + " block");
    }

    private static void requireMatching(PrivateKey privateKey, PublicKey publicKey, Kind kind, Path file)
            throws GeneralSecurityException {
        byte[] probe = "sanad-key-check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(kind.signatureAlgorithm);
        signer.initSign(privateKey);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(kind.signatureAlgorithm);
        verifier.initVerify(publicKey);
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new IllegalStateException("The public key in " + file + " does not belong to its private key");
        }
    }
}
