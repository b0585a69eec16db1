package org.sanad.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer token a service presents when it calls another service on its own behalf (role
 * {@code service}), e.g. enrollment-service delivering completions to certification-service.
 *
 * <p>In production it is obtained from the identity provider by the OAuth 2.0 client-credentials
 * grant ({@code SANAD_SERVICE_TOKEN_URL}, {@code SANAD_SERVICE_CLIENT_ID}, {@code SANAD_SERVICE_CLIENT_SECRET}).
 * In development and tests the service signs it with the local development key
 * ({@code SANAD_SERVICE_SIGNING_KEY}), which the prod profile refuses like the key itself.
 * Either way the token is reused until shortly before it expires.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration SELF_SIGNED_LIFETIME = Duration.ofMinutes(5);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final ServiceAuthSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Token current;

    @Inject
    public ServiceTokens(ServiceAuthSettings settings) {
        this(settings, Clock.systemUTC());
    }

    ServiceTokens(ServiceAuthSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A valid token for the {@code Authorization: Bearer} header. */
    public synchronized String bearer() {
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            current = settings.tokenUrl().isPresent() ? fromProvider(now) : selfSigned(now);
        }
        return current.value();
    }

    private Token selfSigned(Instant now) {
        Path keyFile = settings.signingKey().orElseThrow(() -> new IllegalStateException(
                "No way to obtain a service token: set SANAD_SERVICE_TOKEN_URL (client credentials) "
                        + "or, in development, SANAD_SERVICE_SIGNING_KEY"));
        Instant expiresAt = now.plus(SELF_SIGNED_LIFETIME);
        String token = Jwt.issuer(settings.issuer())
                .audience(settings.audience())
                .subject(settings.clientId())
                .groups(Roles.SERVICE)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .jws().keyId(settings.signingKeyId())
                .sign(privateKey(keyFile));
        return new Token(token, expiresAt);
    }

    private Token fromProvider(Instant now) {
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId())
                + settings.clientSecret().map(secret -> "&client_secret=" + encode(secret)).orElse("");
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenUrl().orElseThrow()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The identity provider refused the client-credentials grant: HTTP "
                        + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            long lifetime = body.path("expires_in").asLong(60);
            return new Token(body.path("access_token").asText(), now.plusSeconds(lifetime));
        } catch (IOException e) {
            throw new UncheckedIOException("The identity provider did not answer the client-credentials grant", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while obtaining a service token", e);
        }
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Token(String value, Instant expiresAt) {
    }
}
