package org.sanad.certification.certificate.proof;

import java.math.BigInteger;

/** Base58 with the Bitcoin alphabet ({@code base58btc}), as multibase values starting with {@code z} use it. */
final class Base58 {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger RADIX = BigInteger.valueOf(58);

    private Base58() {
    }

    static String encode(byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] quotientAndRemainder = value.divideAndRemainder(RADIX);
            encoded.append(ALPHABET.charAt(quotientAndRemainder[1].intValue()));
            value = quotientAndRemainder[0];
        }
        // Each leading zero byte is written as the alphabet's first character.
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            encoded.append(ALPHABET.charAt(0));
        }
        return encoded.reverse().toString();
    }

    static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("Not a base58btc character: " + c);
            }
            value = value.multiply(RADIX).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int sign = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == ALPHABET.charAt(0)) {
            zeros++;
        }
        byte[] decoded = new byte[zeros + magnitude.length - sign];
        System.arraycopy(magnitude, sign, decoded, zeros, magnitude.length - sign);
        return decoded;
    }
}
