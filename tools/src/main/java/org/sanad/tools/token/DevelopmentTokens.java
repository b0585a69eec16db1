package org.sanad.tools.token;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sanad.common.security.DevelopmentKeyGuard;
import org.sanad.common.security.Roles;
import org.sanad.tools.Environment;
import org.sanad.tools.Home;
import org.sanad.tools.keys.DevelopmentKeys;
import org.sanad.tools.keys.DevelopmentKeys.TokenKey;

/** Development tokens as the local profile trusts them: issuer urn:sanad:dev, signed with the development key. */
public final class DevelopmentTokens {

    private final TokenKey key;
    private final String audience;

    public DevelopmentTokens(TokenKey key) {
        this.key = key;
        this.audience = Environment.variable("SANAD_JWT_AUDIENCE").orElse("sanad");
    }

    /**
     * The token a command calls the platform with: SANAD_TOKEN (e.g. one from bin/login) when it is set,
     * else a development token for the role, signed with the key under SANAD_HOME (made if missing).
     */
    public static String givenOrMinted(String role, String subject, Duration lifetime) throws IOException, GeneralSecurityException {
        Optional<String> given = Environment.variable("SANAD_TOKEN");
        if (given.isPresent()) {
            return given.get();
        }
        DevelopmentKeys keys = new DevelopmentKeys(Home.directory());
        keys.ensure();
        return new DevelopmentTokens(keys.tokenKey()).mint(role, Optional.empty(), subject, lifetime);
    }

    public String mint(String role, Optional<String> institution, String subject, Duration lifetime) {
        return mint(DevelopmentKeyGuard.DEVELOPMENT_ISSUER, role, institution, subject, Instant.now(), lifetime);
    }

    /** A token as above but from another issuer or issued earlier, for checks that such tokens are refused. */
    public String mint(String issuer, String role, Optional<String> institution, String subject, Instant now, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .groups(role)
                .issuedAt(now)
                .claim("nbf", now.getEpochSecond())
                .expiresAt(now.plus(lifetime));
        institution.ifPresent(value -> claims.claim(Roles.INSTITUTION_CLAIM, value));
        return claims.jws().keyId(key.kid()).sign(key.privateKey());
    }
}
