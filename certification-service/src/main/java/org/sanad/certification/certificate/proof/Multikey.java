package org.sanad.certification.certificate.proof;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

/**
 * Public keys as Multikey {@code publicKeyMultibase} values: base58btc of the multicodec key, an Ed25519
 * key's 32 bytes or a P-256 key's compressed point.
 */
public final class Multikey {

    /** The multicodec prefix of an Ed25519 public key (0xed, as an unsigned varint). */
    private static final byte[] ED25519_PUBLIC = {(byte) 0xed, 0x01};
    /** The multicodec prefix of a compressed P-256 public key (0x1200, as an unsigned varint). */
    private static final byte[] P256_PUBLIC = {(byte) 0x80, 0x24};
    private static final int RAW_KEY = 32;

    private Multikey() {
    }

    public static String publicKeyMultibase(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            byte[] multicodec = Arrays.copyOf(P256_PUBLIC, P256_PUBLIC.length + 1 + RAW_KEY);
            multicodec[P256_PUBLIC.length] = (byte) (ec.getW().getAffineY().testBit(0) ? 0x03 : 0x02);
            byte[] x = unsigned(ec.getW().getAffineX(), RAW_KEY);
            System.arraycopy(x, 0, multicodec, P256_PUBLIC.length + 1, RAW_KEY);
            return "z" + Base58.encode(multicodec);
        }
        // The X.509 encoding of an Ed25519 key ends with its 32 raw bytes.
        byte[] encoded = key.getEncoded();
        byte[] multicodec = Arrays.copyOf(ED25519_PUBLIC, ED25519_PUBLIC.length + RAW_KEY);
        System.arraycopy(encoded, encoded.length - RAW_KEY, multicodec, ED25519_PUBLIC.length, RAW_KEY);
        return "z" + Base58.encode(multicodec);
    }

    private static byte[] unsigned(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[length];
        int copy = Math.min(bytes.length, length);
        System.arraycopy(bytes, bytes.length - copy, fixed, length - copy, copy);
        return fixed;
    }

    /** A signature (or any bytes) as a base58btc multibase value. */
    public static String multibase(byte[] bytes) {
        return "z" + Base58.encode(bytes);
    }

    public static byte[] fromMultibase(String value) {
        if (value == null || !value.startsWith("z")) {
            throw new IllegalArgumentException("Not a base58btc multibase value");
        }
        return Base58.decode(value.substring(1));
    }
}
