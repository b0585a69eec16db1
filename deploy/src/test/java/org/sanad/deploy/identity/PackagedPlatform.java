package org.sanad.deploy.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanad.common.testing.SanadTestEnvironment.TestDatabase;

/**
 * The three services and the gateway as packaged (quarkus-run.jar, prod profile), configured only with
 * the environment variables the README documents, trusting the local Keycloak; each service with a
 * fresh database of its own.
 */
final class PackagedPlatform implements AutoCloseable {

    private static final List<String> SERVICES = List.of("curriculum", "enrollment", "certification");
    private static final TestDatabase POSTGRES = TestDatabase.fromEnvironment();

    final int gatewayPort;
    private final List<Started> started = new ArrayList<>();

    private record Started(String name, Process process, Path log, int port) {
    }

    private PackagedPlatform(int gatewayPort) {
        this.gatewayPort = gatewayPort;
    }

    /** Starts everything on ports base (gateway) and base+1..3; {@link #awaitReady()} waits for them. */
    static PackagedPlatform start(int base, LocalKeycloak keycloak, Path logs) throws IOException {
        PackagedPlatform platform = new PackagedPlatform(base);
        Path signingKey = keyPairFile(logs.resolve("certificate-signing.pem"), keyPair("EC"));
        Path proofKey = keyPairFile(logs.resolve("credential-proof.pem"), keyPair("Ed25519"));
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            String database = name + "_identity_test";
            POSTGRES.recreate(database);
            Map<String, String> env = identity(keycloak);
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_DATASOURCE_JDBC_URL", POSTGRES.jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", POSTGRES.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", POSTGRES.password());
            if (name.equals("enrollment")) {
                env.put("SANAD_CURRICULUM_URL", "http://127.0.0.1:" + (base + 1));
                env.put("SANAD_CERTIFICATION_URL", "http://127.0.0.1:" + (base + 3));
                env.put("SANAD_SERVICE_TOKEN_URL", keycloak.tokenEndpoint(LocalKeycloak.REALM));
                env.put("SANAD_SERVICE_CLIENT_ID", "sanad-services");
                env.put("SANAD_SERVICE_CLIENT_SECRET", LocalKeycloak.SERVICES_SECRET);
            }
            if (name.equals("certification")) {
                env.put("SANAD_PUBLIC_URL", "http://localhost:" + base);
                env.put("SANAD_CERTIFICATE_SIGNING_KEY", signingKey.toString());
                env.put("SANAD_CERTIFICATE_SIGNING_KEY_ID", "sanad-identity-test-1");
                env.put("SANAD_CREDENTIAL_PROOF_KEY", proofKey.toString());
                env.put("SANAD_CREDENTIAL_PROOF_KEY_ID", "sanad-identity-test-proofs-1");
            }
            platform.launch(name, name + "-service", base + 1 + i, env, logs);
        }
        Map<String, String> gateway = identity(keycloak);
        gateway.put("SANAD_GATEWAY_CURRICULUM_URL", "http://127.0.0.1:" + (base + 1));
        gateway.put("SANAD_GATEWAY_ENROLLMENT_URL", "http://127.0.0.1:" + (base + 2));
        gateway.put("SANAD_GATEWAY_CERTIFICATION_URL", "http://127.0.0.1:" + (base + 3));
        platform.launch("gateway", "gateway", base, gateway, logs);
        return platform;
    }

    void awaitReady() {
        for (Started process : started) {
            Processes.awaitHttpOk(process.name(), process.process(), process.log(),
                    "http://127.0.0.1:" + process.port() + "/q/health/ready", Duration.ofMinutes(2));
        }
    }

    String gateway() {
        return "http://localhost:" + gatewayPort;
    }

    Path log(String name) {
        return started.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().log();
    }

    private static Map<String, String> identity(LocalKeycloak keycloak) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SANAD_JWT_ISSUER", keycloak.issuer());
        env.put("SANAD_JWT_JWKS", keycloak.issuer() + "/protocol/openid-connect/certs");
        env.put("SANAD_JWT_AUDIENCE", "sanad");
        return env;
    }

    private void launch(String name, String module, int port, Map<String, String> env, Path logs) throws IOException {
        Path jar = Repository.ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn verify builds them before deploy/)");
        }
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        started.add(new Started(name, builder.start(), log, port));
    }

    /** A P-256 ({@code EC}) or Ed25519 key pair. */
    private static KeyPair keyPair(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A private key and its public key, PEM, as the README's openssl commands make them. */
    private static Path keyPairFile(Path file, KeyPair pair) throws IOException {
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes());
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + base64.encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n" + base64.encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return file;
    }

    @Override
    public void close() {
        started.reversed().forEach(process -> Processes.stop(process.process()));
    }
}
