package org.sanad.enrollment.servicetoken;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import org.sanad.common.security.Roles;

/**
 * The service's own token (role {@code service}) where there is no identity provider to ask: in
 * development and tests the service signs it with the local development key
 * ({@code SANAD_SERVICE_SIGNING_KEY}). In production Quarkus's OIDC client filter has already set the
 * header from the client-credentials grant, and this filter does nothing.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 1)
public class DevelopmentServiceToken implements ClientRequestFilter {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final DevelopmentTokenSettings settings;
    private Token current;

    public DevelopmentServiceToken(DevelopmentTokenSettings settings) {
        this.settings = settings;
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION) || settings.signingKey().isEmpty()) {
            return;
        }
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + bearer());
    }

    private synchronized String bearer() {
        Instant now = Instant.now();
        if (current == null || now.isAfter(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            current = signed(now);
        }
        return current.value();
    }

    private Token signed(Instant now) {
        Instant expiresAt = now.plus(LIFETIME);
        String token = Jwt.issuer(settings.issuer())
                .audience(settings.audience())
                .subject(settings.subject())
                .groups(Roles.SERVICE)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .jws().keyId(settings.signingKeyId())
                .sign(privateKey(settings.signingKey().orElseThrow()));
        return new Token(token, expiresAt);
    }

    private static PrivateKey privateKey(Path file) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the service signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a PKCS#8 PEM private key: " + file, e);
        }
    }

    private record Token(String value, Instant expiresAt) {
    }
}
