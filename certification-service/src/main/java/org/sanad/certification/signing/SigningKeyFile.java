package org.sanad.certification.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
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
 * openssl pkey -in key.pem -pubout >> key.pem}, and checks that they belong together.
 */
public final class SigningKeyFile {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private SigningKeyFile() {
    }

    public static SigningKey read(Path file, String kid) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the certificate signing key " + file
                    + " (set SANAD_CERTIFICATE_SIGNING_KEY)", e);
        }
        try {
            KeyFactory ec = KeyFactory.getInstance("EC");
            PrivateKey privateKey = ec.generatePrivate(new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY", file)));
            ECPublicKey publicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY", file)));
            if (publicKey.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalStateException("The certificate signing key " + file + " is not a P-256 key");
            }
            requireMatching(privateKey, publicKey, file);
            return new SigningKey(kid, privateKey, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The certificate signing key " + file + " is not a P-256 key pair", e);
        }
    }

    private static byte[] block(String pem, String label, Path file) {
        Matcher matcher = BLOCK.matcher(pem);
        while (matcher.find()) {
            if (matcher.group(1).equals(label)) {
                return Base64.getMimeDecoder().decode(matcher.group(2));
            }
        }
        throw new IllegalStateException("The certificate signing key " + file + " holds no " + label + " block");
    }

    private static void requireMatching(PrivateKey privateKey, ECPublicKey publicKey, Path file)
            throws GeneralSecurityException {
        byte[] probe = "sanad-key-check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey);
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new IllegalStateException("The public key in " + file + " does not belong to its private key");
        }
    }
}
