package org.sanad.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start in production while tokens would be verified with the development key that
 * {@code bin/run} generates: anyone with a checkout can mint tokens for that key.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    /** The issuer {@code bin/token} writes into development tokens. */
    public static final String DEVELOPMENT_ISSUER = "urn:sanad:dev";
    /** The prefix of the key id of every development key. */
    public static final String DEVELOPMENT_KID_PREFIX = "sanad-dev-";

    private final Optional<String> issuer;
    private final Optional<String> keyLocation;
    private final Optional<String> serviceSigningKey;

    public DevelopmentKeyGuard(@ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "sanad.service-auth.signing-key") Optional<String> serviceSigningKey) {
        this.issuer = issuer;
        this.keyLocation = keyLocation;
        this.serviceSigningKey = serviceSigningKey;
    }

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.isProfileActive("prod")) {
            refuseDevelopmentKey();
        }
    }

    void refuseDevelopmentKey() {
        if (issuer.filter(DEVELOPMENT_ISSUER::equals).isPresent()) {
            throw new IllegalStateException("The prod profile refuses the development token issuer "
                    + DEVELOPMENT_ISSUER + ": set SANAD_JWT_ISSUER to your identity provider's issuer");
        }
        if (serviceSigningKey.filter(key -> !key.isBlank()).isPresent()) {
            throw new IllegalStateException("The prod profile refuses self-signed service tokens: unset "
                    + "SANAD_SERVICE_SIGNING_KEY and set SANAD_SERVICE_TOKEN_URL, SANAD_SERVICE_CLIENT_ID and "
                    + "SANAD_SERVICE_CLIENT_SECRET for the client-credentials grant");
        }
        if (keyLocation.flatMap(DevelopmentKeyGuard::localFile).map(DevelopmentKeyGuard::holdsDevelopmentKey).orElse(false)) {
            throw new IllegalStateException("The prod profile refuses the development signing key at "
                    + keyLocation.get() + ": set SANAD_JWT_JWKS to your identity provider's JWKS URL");
        }
    }

    private static Optional<Path> localFile(String location) {
        if (location.startsWith("file:")) {
            return Optional.of(Path.of(URI.create(location)));
        }
        if (location.contains("://") || location.startsWith("classpath:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location));
    }

    private static boolean holdsDevelopmentKey(Path file) {
        try {
            return Files.isReadable(file) && Files.readString(file).contains("\"" + DEVELOPMENT_KID_PREFIX);
        } catch (IOException e) {
            return false;
        }
    }
}
