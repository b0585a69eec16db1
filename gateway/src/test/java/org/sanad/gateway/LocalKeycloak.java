package org.sanad.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keycloak started from a local distribution ({@code SANAD_KEYCLOAK_HOME}) in development mode, with
 * the platform's realm (deploy/keycloak/sanad-realm.json) imported and fresh client secrets; the
 * gateway under test trusts its issuer and JWKS.
 */
public class LocalKeycloak implements QuarkusTestResourceLifecycleManager {

    static final String PARTNER_SECRET = UUID.randomUUID().toString();
    static final String SERVICES_SECRET = UUID.randomUUID().toString();
    static volatile String url;
    private Process keycloak;

    @Override
    public Map<String, String> start() {
        try {
            Path home = Path.of(System.getenv("SANAD_KEYCLOAK_HOME"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm(), imports.resolve("sanad-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            url = "http://localhost:" + port;
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm", "--db=dev-mem",
                    "--http-port=" + port, "--http-management-port=" + freePort())
                    .redirectErrorStream(true).redirectOutput(Files.createTempFile("keycloak", ".log").toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", keycloakJava());
            env.put("SANAD_SERVICES_CLIENT_SECRET", SERVICES_SECRET);
            env.put("SANAD_PARTNER_CLIENT_SECRET", PARTNER_SECRET);
            env.put("SANAD_ACADEMY_CLIENT_SECRET", UUID.randomUUID().toString());
            env.put("SANAD_AUDITOR_CLIENT_SECRET", UUID.randomUUID().toString());
            env.put("SANAD_PUBLIC_URL", "http://localhost:8080");
            keycloak = builder.start();
            awaitRealm();
            String realm = url + "/realms/sanad";
            return Map.of("mp.jwt.verify.publickey.location", realm + "/protocol/openid-connect/certs",
                    "mp.jwt.verify.issuer", realm, "mp.jwt.verify.audiences", "sanad");
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start from " + System.getenv("SANAD_KEYCLOAK_HOME"), e);
        }
    }

    /** A client-credentials access token from the realm. */
    static String token(String clientId, String secret) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/realms/sanad/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                        + "&client_secret=" + secret)).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return new io.vertx.core.json.JsonObject(body).getString("access_token");
    }

    private void awaitRealm() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && keycloak.isAlive()) {
            try {
                HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/realms/sanad/.well-known/openid-configuration")).build();
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak's sanad realm did not come up at " + url);
    }

    /** Keycloak 26 runs on Java 17 or 21: one of those if installed, else this JVM. */
    private static String keycloakJava() {
        String chosen = System.getenv("SANAD_KEYCLOAK_JAVA_HOME");
        if (chosen != null) {
            return chosen;
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(p -> p.getFileName().toString().matches(".*(-|^)(17|21)(-.*)?"))
                    .filter(p -> Files.isExecutable(p.resolve("bin/java"))).map(Path::toString).sorted()
                    .reduce((first, second) -> second).orElse(System.getProperty("java.home"));
        } catch (IOException e) {
            return System.getProperty("java.home");
        }
    }

    private static Path realm() {
        Path here = Path.of("").toAbsolutePath();
        return Stream.of(here.resolve("../deploy/keycloak/sanad-realm.json"), here.resolve("deploy/keycloak/sanad-realm.json"))
                .filter(Files::exists).findFirst().orElseThrow(() -> new IllegalStateException("sanad-realm.json not found"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
        }
    }
}
