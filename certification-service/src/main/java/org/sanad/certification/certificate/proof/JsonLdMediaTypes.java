package org.sanad.certification.certificate.proof;

/** The media types credentials are served as when they carry an embedded proof. */
public final class JsonLdMediaTypes {

    public static final String JSON_LD = "application/ld+json";
    /** A secured verifiable credential as JSON-LD (VC Data Model 2.0). */
    public static final String VC = "application/vc";

    private JsonLdMediaTypes() {
    }
}
