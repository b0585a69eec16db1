package org.sanad.certification.certificate.credential;

/**
 * Where a certificate's bit sits in the status lists: certificate number {@code n} is bit
 * {@code n % SIZE} of list {@code n / SIZE}. Each list holds 131,072 entries, the minimum the
 * W3C Bitstring Status List recommends so that a list does not narrow down whose status is checked.
 */
public record StatusListPosition(long list, int index) {

    public static final int SIZE = 131_072;

    public static StatusListPosition of(long certificateNumber) {
        return new StatusListPosition(certificateNumber / SIZE, (int) (certificateNumber % SIZE));
    }

    /** Each issuer publishes its own lists, so a list's issuer is the issuer of every credential it covers. */
    public static String path(String issuer, String purpose, long list) {
        return "/verify/status-lists/" + issuer + "/" + purpose + "/" + list;
    }
}
