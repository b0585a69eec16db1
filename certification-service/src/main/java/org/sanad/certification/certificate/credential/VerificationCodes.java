package org.sanad.certification.certificate.credential;

import java.security.SecureRandom;

/**
 * Verification codes: 80 random bits as 16 base32 characters (RFC 4648 alphabet), unrelated to the
 * serial, so knowing one certificate's code tells nothing about another's.
 */
public final class VerificationCodes {

    public static final String FORMAT = "[A-Z2-7]{16}";
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        byte[] bits = new byte[10];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder(16);
        int buffer = 0;
        int available = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            available += 8;
            while (available >= 5) {
                code.append(ALPHABET[(buffer >> (available - 5)) & 31]);
                available -= 5;
            }
        }
        return code.toString();
    }

    /** Accepts the code as people type it: lower case, spaces and dashes between groups. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
