package org.sanad.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.util.Optional;

/** How a service obtains its own token for calls to other services; see {@link ServiceTokens}. */
@ConfigMapping(prefix = "sanad.service-auth")
public interface ServiceAuthSettings {

    /** The identity provider's token endpoint for the client-credentials grant; production. */
    Optional<String> tokenUrl();

    /** The client id registered at the identity provider; also the {@code sub} of self-signed tokens. */
    @WithDefault("sanad-service")
    String clientId();

    Optional<String> clientSecret();

    /** A PKCS#8 PEM private key to sign tokens with; development and tests only. */
    Optional<Path> signingKey();

    /** The {@code kid} the verifiers' JWKS lists for the signing key. */
    @WithDefault("sanad-dev")
    String signingKeyId();

    /** The issuer written into self-signed tokens: the one the verifiers trust. */
    @WithName("issuer")
    @WithDefault("${mp.jwt.verify.issuer:urn:sanad:dev}")
    String issuer();

    @WithDefault("${mp.jwt.verify.audiences:sanad}")
    String audience();
}
