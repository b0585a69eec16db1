package org.sanad.common.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class DevelopmentKeyGuardTest {

    @TempDir
    Path dir;

    @Test
    void refusesTheDevelopmentIssuer() {
        var guard = new DevelopmentKeyGuard(Optional.of("urn:sanad:dev"), Optional.of("https://idp.example/certs"), Optional.empty());
        assertThrows(IllegalStateException.class, guard::refuseDevelopmentKey);
    }

    @Test
    void refusesAJwksHoldingADevelopmentKey() throws Exception {
        Path jwks = Files.writeString(dir.resolve("jwks.json"), "{\"keys\":[{\"kid\":\"sanad-dev-62b6b7e6dd3b\"}]}");
        var guard = new DevelopmentKeyGuard(Optional.of("https://idp.example/realms/sanad"),
                Optional.of(jwks.toUri().toString()), Optional.empty());
        assertThrows(IllegalStateException.class, guard::refuseDevelopmentKey);
    }

    @Test
    void acceptsAnIdentityProvidersKeys() throws Exception {
        Path jwks = Files.writeString(dir.resolve("jwks.json"), "{\"keys\":[{\"kid\":\"k1-2026\"}]}");
        assertDoesNotThrow(() -> new DevelopmentKeyGuard(Optional.of("https://idp.example/realms/sanad"),
                Optional.of("https://idp.example/realms/sanad/protocol/openid-connect/certs"), Optional.empty()).refuseDevelopmentKey());
        assertDoesNotThrow(() -> new DevelopmentKeyGuard(Optional.of("https://idp.example/realms/sanad"),
                Optional.of(jwks.toString()), Optional.empty()).refuseDevelopmentKey());
    }

    @Test
    void refusesSelfSignedServiceTokens() {
        var guard = new DevelopmentKeyGuard(Optional.of("https://idp.example/realms/sanad"),
                Optional.of("https://idp.example/realms/sanad/protocol/openid-connect/certs"),
                Optional.of("/srv/sanad/keys/dev-private.pem"));
        assertThrows(IllegalStateException.class, guard::refuseDevelopmentKey);
    }
}
