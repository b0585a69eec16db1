package org.sanad.tools.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.certification.signing.SigningKey;
import org.sanad.certification.signing.SigningKeyFile;
import org.sanad.tools.token.DevelopmentTokens;

@Tag("unit")
class DevelopmentKeysTest {

    @TempDir
    Path home;

    @Test
    void aTokenItMintsVerifiesWithTheJwksItPublishesAndCarriesTheClaimsTheServicesRead() throws Exception {
        DevelopmentKeys keys = new DevelopmentKeys(home);
        keys.ensure();
        String token = new DevelopmentTokens(keys.tokenKey())
                .mint("registrar", Optional.of("DGSN"), "registrar-1", Duration.ofMinutes(5));

        JsonWebKeySet published = new JsonWebKeySet(Files.readString(home.resolve("keys/jwks.json")));
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(published.getJsonWebKeys()))
                .setExpectedIssuer("urn:sanad:dev").setExpectedAudience("sanad").setRequireExpirationTime()
                .build().processToClaims(token);
        assertEquals("registrar-1", claims.getSubject());
        assertEquals(java.util.List.of("registrar"), claims.getStringListClaimValue("groups"));
        assertEquals("DGSN", claims.getStringClaimValue("institution"));
        assertTrue(published.getJsonWebKeys().get(0).getKeyId().startsWith("sanad-dev-"), "the prod profile recognises it");
        assertFalse(published.toJson().contains("\"d\""), "the JWKS holds the public half only");
    }

    @Test
    void theCertificateKeyIsOneCertificationServiceReadsUnderTheIdTheServicesAreGiven() throws Exception {
        new DevelopmentKeys(home).ensure();
        Properties ids = new Properties();
        try (var in = Files.newBufferedReader(home.resolve("keys/development-keys.properties"))) {
            ids.load(in);
        }
        String kid = ids.getProperty("sanad.certification.signing-key-id");
        SigningKey key = SigningKeyFile.read(home.resolve("keys/certificate-signing.pem"), kid);
        assertTrue(key.kid().startsWith("sanad-dev-certificates-"));
        SigningKey proofKey = SigningKeyFile.read(home.resolve("keys/credential-proof.pem"),
                ids.getProperty("sanad.certification.proof-key-id"), SigningKeyFile.Kind.ED25519);
        assertTrue(proofKey.isEd25519() && proofKey.kid().startsWith("sanad-dev-proofs-"), "the prod profile refuses it too");
        assertEquals(new JsonWebKeySet(Files.readString(home.resolve("keys/jwks.json"))).getJsonWebKeys().get(0).getKeyId(),
                ids.getProperty("sanad.service-auth.signing-key-id"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("keys/certificate-signing.pem"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("keys/dev-private.pem"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("keys/credential-proof.pem"))));
    }

    @Test
    void keysThatExistAreKeptSoTokensAndCertificatesStayValid() throws Exception {
        DevelopmentKeys keys = new DevelopmentKeys(home);
        keys.ensure();
        String jwks = Files.readString(home.resolve("keys/jwks.json"));
        String certificateKey = Files.readString(home.resolve("keys/certificate-signing.pem"));
        keys.ensure();
        assertEquals(jwks, Files.readString(home.resolve("keys/jwks.json")));
        assertEquals(certificateKey, Files.readString(home.resolve("keys/certificate-signing.pem")));
        assertTrue(keys.exist());
    }
}
