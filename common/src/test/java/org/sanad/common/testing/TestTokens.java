package org.sanad.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Mints real signed tokens for tests, the way an identity provider would, so tests exercise the
 * same verification path as production.
 */
public final class TestTokens {

    public static final String ISSUER = "urn:sanad:test";
    public static final String AUDIENCE = "sanad";

    private String subject = "test-user";
    private Set<String> roles = Set.of();
    private String institution;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Instant issuedAt = Instant.now();
    private Instant notBefore;
    private Duration lifetime = Duration.ofMinutes(10);
    private PrivateKey key = TestKeys.TRUSTED.getPrivate();

    private TestTokens() {
    }

    public static TestTokens token() {
        return new TestTokens();
    }

    /** A valid token carrying one role, ready to put behind {@code Bearer}. */
    public static String forRole(String role) {
        return token().roles(role).sign();
    }

    /** A valid token for a role scoped to an institution (a registrar or a partner). */
    public static String forRole(String role, String institution) {
        return token().roles(role).institution(institution).sign();
    }

    public TestTokens subject(String value) {
        subject = value;
        return this;
    }

    public TestTokens roles(String... values) {
        roles = Set.of(values);
        return this;
    }

    public TestTokens institution(String value) {
        institution = value;
        return this;
    }

    public TestTokens issuer(String value) {
        issuer = value;
        return this;
    }

    public TestTokens audience(String value) {
        audience = value;
        return this;
    }

    public TestTokens expiredAgo(Duration ago) {
        issuedAt = Instant.now().minus(ago).minus(lifetime);
        return this;
    }

    public TestTokens notBefore(Instant value) {
        notBefore = value;
        return this;
    }

    public TestTokens signedWith(PrivateKey value) {
        key = value;
        return this;
    }

    public String sign() {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .groups(roles)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime));
        if (institution != null) {
            claims.claim("institution", institution);
        }
        if (notBefore != null) {
            claims.claim("nbf", notBefore.getEpochSecond());
        }
        return claims.jws().keyId(TestKeys.TRUSTED_KID).sign(key);
    }

    /** A token that claims {@code alg: none} and carries no signature at all. */
    public static String unsigned(String role) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = """
                {"iss":"%s","aud":"%s","sub":"intruder","groups":["%s"],"iat":%d,"exp":%d}"""
                .formatted(ISSUER, AUDIENCE, role, now, now + 600);
        return base64Url(header) + "." + base64Url(payload) + ".";
    }

    /** A token signed with HMAC, keyed with a value an attacker could guess. */
    public static String hmacSigned(String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("intruder").groups(role)
                .jws().keyId(TestKeys.TRUSTED_KID)
                .signWithSecret("a-shared-secret-that-is-long-enough-for-hs256");
    }

    /** A valid token whose payload was then edited to grant another role, keeping the old signature. */
    public static String tampered(String grantedRole, String forgedRole) {
        String[] parts = forRole(grantedRole).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"" + grantedRole + "\"", "\"" + forgedRole + "\"");
        return parts[0] + "." + base64Url(forged) + "." + parts[2];
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
