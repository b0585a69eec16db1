package org.sanad.deploy.identity;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keycloak from its Maven Central distribution (unpacked by the build into target/keycloak), in
 * development mode with an in-memory database, importing the shipped realm and the demo users
 * overlay, run by the JDK that runs the tests. Its admin API rotates keys and adds what a test needs.
 */
final class LocalKeycloak implements AutoCloseable {

    static final String REALM = "sanad";
    static final String DEMO_PASSWORD = "demo-" + UUID.randomUUID();
    static final String ACADEMY_SECRET = UUID.randomUUID().toString();
    static final String PARTNER_SECRET = UUID.randomUUID().toString();
    static final String SERVICES_SECRET = UUID.randomUUID().toString();
    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();

    final int port;
    private final Process process;
    private final Path log;

    private LocalKeycloak(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts Keycloak on this port; {@link #awaitReady()} waits for the realm. */
    static LocalKeycloak start(int port, String publicUrl, Path logs) throws IOException {
        Path home = Path.of(System.getProperty("sanad.keycloak.home", "target/keycloak/keycloak-26.4.7"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + ": run the tests with Maven (mvn verify), which unpacks it");
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Path keycloak = Repository.ROOT.resolve("deploy/keycloak");
        Files.copy(keycloak.resolve("sanad-realm.json"), imports.resolve("sanad-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(keycloak.resolve("demo/sanad-users-0.json"), imports.resolve("sanad-users-0.json"), StandardCopyOption.REPLACE_EXISTING);
        Path log = logs.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--db=dev-mem", "--http-port=" + port, "--http-management-port=" + (port + 100))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("SANAD_SERVICES_CLIENT_SECRET", SERVICES_SECRET);
        env.put("SANAD_ACADEMY_CLIENT_SECRET", ACADEMY_SECRET);
        env.put("SANAD_PARTNER_CLIENT_SECRET", PARTNER_SECRET);
        env.put("SANAD_AUDITOR_CLIENT_SECRET", UUID.randomUUID().toString());
        env.put("SANAD_PUBLIC_URL", publicUrl);
        env.put("SANAD_DEMO_PASSWORD", DEMO_PASSWORD);
        return new LocalKeycloak(port, builder.start(), log);
    }

    void awaitReady() {
        Processes.awaitHttpOk("Keycloak", process, log, issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(2));
    }

    String url() {
        return "http://localhost:" + port;
    }

    String issuer() {
        return issuer(REALM);
    }

    String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    String tokenEndpoint(String realm) {
        return issuer(realm) + "/protocol/openid-connect/token";
    }

    /** An access token by the client-credentials grant. */
    String clientToken(String realm, String clientId, String secret) {
        return RestAssured.given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post(tokenEndpoint(realm))
                .then().statusCode(200).extract().path("access_token");
    }

    /** Adds a new RS256 signing key that takes over signing at once; returns its component id. */
    String addSigningKey(String name) {
        String realmId = admin().get("/admin/realms/" + REALM).then().statusCode(200).extract().path("id");
        String location = admin().contentType("application/json").body(Map.of(
                        "name", name, "providerId", "rsa-generated", "providerType", "org.keycloak.keys.KeyProvider",
                        "parentId", realmId,
                        "config", Map.of("priority", List.of("500"), "enabled", List.of("true"), "active", List.of("true"),
                                "algorithm", List.of("RS256"))))
                .post("/admin/realms/" + REALM + "/components").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The component id and kid of each RS256 key the realm holds. */
    List<Map<String, String>> signingKeys() {
        JsonPath keys = admin().get("/admin/realms/" + REALM + "/keys").then().statusCode(200).extract().jsonPath();
        return keys.getList("keys.findAll { it.algorithm == 'RS256' }.collect { [providerId: it.providerId, kid: it.kid] }");
    }

    void removeComponent(String id) {
        admin().delete("/admin/realms/" + REALM + "/components/" + id).then().statusCode(204);
    }

    /** Creates a confidential client with a service account and these default scopes only. */
    void addClient(String realm, String clientId, String secret, List<String> defaultScopes) {
        admin().contentType("application/json").body(Map.of("clientId", clientId, "secret", secret, "publicClient", false,
                        "serviceAccountsEnabled", true, "standardFlowEnabled", false, "defaultClientScopes", defaultScopes))
                .post("/admin/realms/" + realm + "/clients").then().statusCode(201);
    }

    /** Creates another realm, with Keycloak's own defaults and keys. */
    void addRealm(String realm) {
        admin().contentType("application/json").body(Map.of("realm", realm, "enabled", true))
                .post("/admin/realms").then().statusCode(201);
    }

    private RequestSpecification admin() {
        String token = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", ADMIN_PASSWORD)
                .post(tokenEndpoint("master")).then().statusCode(200).extract().path("access_token");
        return RestAssured.given().baseUri(url()).auth().oauth2(token);
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
