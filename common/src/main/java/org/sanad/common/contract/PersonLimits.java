package org.sanad.common.contract;

/**
 * How long the facts about a trainee and a training may be, wherever they are written: by a registrar
 * into enrollment-service, in the completion event it sends, and on the certificate certification-service
 * issues from it. One set of numbers, so that nothing enrollment accepts is refused downstream.
 */
public final class PersonLimits {

    public static final int GIVEN_NAME = 200;
    public static final int FAMILY_NAME = 200;
    public static final int SERVICE_NUMBER = 60;
    /** A login's {@code sub}: OpenID Connect allows 255 characters. */
    public static final int ACCOUNT = 255;
    public static final int LOCATION = 300;
    /** An institution's code: at most 40 characters (see {@link #INSTITUTION_CODE}). */
    public static final int INSTITUTION = 40;
    /** An institution's code as tokens and requests carry it ({@code DGSN}, {@code PN-MALI}): at most 40 characters. */
    public static final String INSTITUTION_CODE = "[A-Z0-9][A-Z0-9-]{0,39}";

    private PersonLimits() {
    }
}
