package org.sanad.enrollment.servicetoken;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How this service signs its own token when there is no identity provider (bin/run, tests); see
 * {@link DevelopmentServiceToken}. The prod profile refuses a signing key (DevelopmentKeyGuard).
 */
@ConfigMapping(prefix = "sanad.service-auth")
public interface DevelopmentTokenSettings {

    /** A PKCS#8 PEM private key to sign tokens with; development and tests only. */
    Optional<Path> signingKey();

    /** The {@code kid} the verifiers' JWKS lists for the signing key. */
    @WithDefault("sanad-dev")
    String signingKeyId();

    /** The {@code sub} of the tokens. */
    @WithDefault("enrollment-service")
    String subject();

    /** The issuer written into the tokens: the one the verifiers trust. */
    @WithDefault("${mp.jwt.verify.issuer:urn:sanad:dev}")
    String issuer();

    @WithDefault("${mp.jwt.verify.audiences:sanad}")
    String audience();
}
