package org.sanad.deploy.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform as an operator runs it (packaged jars, prod profile, only the documented variables)
 * with a real Keycloak importing the shipped realm and the demo users: people sign in with the
 * authorization code flow and PKCE or the device flow (bin/login), machines with client credentials,
 * tokens from elsewhere are refused, and the realm's signing key is rotated while requests flow.
 *
 * <p>The rotation runs before anything presents a token with an unknown {@code kid}: each process
 * refreshes its JWKS on an unknown {@code kid} at most once a minute, and the new key must be the
 * first unknown one it sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityProviderTest {

    private static final String WEB_CALLBACK_PATH = "/signed-in";
    private static final Duration REFRESH_INTERVAL = Duration.ofMinutes(1);
    private static final String RABAT_COHORT = read(Repository.ROOT.resolve("demo/enrollment/cohorts/TOT-MIGRATION-2025-RABAT.json"));

    private final Path logs = Processes.logs();
    private LocalKeycloak keycloak;
    private PackagedPlatform platform;
    private String dgsnCohort;

    @BeforeAll
    void start() throws IOException {
        long began = System.nanoTime();
        int base = Processes.freePortBlock(5);
        keycloak = LocalKeycloak.start(base + 4, "http://localhost:" + base, logs);
        platform = PackagedPlatform.start(base, keycloak, logs);
        keycloak.awaitReady();
        long keycloakReady = System.nanoTime();
        platform.awaitReady();
        System.out.printf("Keycloak ready in %d ms, the platform in %d ms (started together)%n",
                (keycloakReady - began) / 1_000_000, (System.nanoTime() - began) / 1_000_000);
        RestAssured.baseURI = platform.gateway();
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    @Order(1)
    void everyPersonSignsInWithPkceAndDoesWhatTheirRoleAllows() throws Exception {
        String author = signIn("author");
        ProcessBuilder loader = new ProcessBuilder(Repository.ROOT.resolve("demo/load").toString(), "curriculum").redirectErrorStream(true)
                .redirectOutput(logs.resolve("demo-load.log").toFile());
        loader.environment().put("SANAD_TOKEN", author);
        loader.environment().put("SANAD_GATEWAY", platform.gateway());
        Process loading = loader.start();
        assertTrue(loading.waitFor(2, TimeUnit.MINUTES), "demo/load did not finish");
        assertEquals(0, loading.exitValue(), "demo/load with the author's token:\n" + Processes.tail(logs.resolve("demo-load.log")));

        String registrar = signIn("registrar-dgsn");
        dgsnCohort = given().auth().oauth2(registrar).contentType("application/json").body(cohort("TOT-MIGRATION-2025-RABAT"))
                .post("/api/enrollment/cohorts").then().statusCode(201).extract().jsonPath().getString("id");
        given().auth().oauth2(registrar).contentType("application/json").body("{\"code\":\"X\",\"title\":\"x\"}")
                .post("/api/curriculum/domains").then().statusCode(403);

        String otherRegistrar = signIn("registrar-pn-mali");
        given().auth().oauth2(otherRegistrar).get("/api/enrollment/cohorts?code=TOT-MIGRATION-2025-RABAT")
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(otherRegistrar).get("/api/enrollment/cohorts/" + dgsnCohort).then().statusCode(404);
        given().auth().oauth2(registrar).get("/api/enrollment/cohorts?code=TOT-MIGRATION-2025-RABAT")
                .then().statusCode(200).body("items", hasSize(1));

        given().auth().oauth2(signIn("trainer-dgsn")).get("/api/enrollment/cohorts").then().statusCode(200);
        given().auth().oauth2(signIn("partner-minusma")).get("/api/enrollment/cohorts?code=TOT-MIGRATION-2025-RABAT")
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(signIn("auditor-cndh")).get("/api/certification/log/entries").then().statusCode(200);
        given().auth().oauth2(signIn("admin")).get("/api/enrollment/outbox/parked").then().statusCode(200);
    }

    @Test
    @Order(2)
    void theBrowserClientCannotSignInWithoutPkce() throws IOException {
        String answer = new SignInPages("registrar-dgsn", LocalKeycloak.DEMO_PASSWORD)
                .withoutPkce(keycloak, "sanad-web", platform.gateway() + WEB_CALLBACK_PATH);
        assertTrue(answer.contains("error=invalid_request") && answer.contains("code_challenge"),
                "Keycloak should refuse an authorization request without a PKCE challenge: " + answer);
    }

    @Test
    @Order(3)
    void theSigningKeyRotatesWithoutAFailedRequestAndTheRemovedKeyIsRefusedWithinTheRefreshInterval() throws Exception {
        List<Map<String, String>> oldKeys = keycloak.signingKeys();
        String oldToken = academyToken();
        String oldKid = kid(oldToken);
        Load load = new Load();
        load.start();
        Processes.pause(Duration.ofSeconds(3));

        keycloak.addSigningKey("rotated");
        String newToken = academyToken();
        assertNotEquals(oldKid, kid(newToken), "Keycloak signs with the new key at once");
        Processes.pause(Duration.ofSeconds(3));
        oldKeys.forEach(key -> keycloak.removeComponent(key.get("providerId")));
        long removed = System.nanoTime();

        Optional<Duration> refusedAfter = Optional.empty();
        while (System.nanoTime() - removed < REFRESH_INTERVAL.plusSeconds(20).toNanos()) {
            if (given().auth().oauth2(oldToken).get("/api/enrollment/cohorts").statusCode() == 401) {
                refusedAfter = Optional.of(Duration.ofNanos(System.nanoTime() - removed));
                break;
            }
            Processes.pause(Duration.ofMillis(500));
        }
        // Long enough for every service to have re-read the JWKS, so enrollment-service's cached token
        // (signed with the removed key) is refused by curriculum-service and replaced.
        Duration sinceRemoval = Duration.ofNanos(System.nanoTime() - removed);
        Processes.pause(REFRESH_INTERVAL.plusSeconds(5).minus(sinceRemoval));
        load.stop();

        System.out.printf("Rotation: %d requests with new tokens during it, %d failed; the removed key was refused after %s%n",
                load.sent.get(), load.failures.size(), refusedAfter.map(Duration::toString).orElse("(never)"));
        assertTrue(load.failures.isEmpty(), "requests failed during the rotation: " + load.failures);
        assertTrue(load.sent.get() > 20, "the load ran: " + load.sent.get());
        assertTrue(refusedAfter.isPresent(), "a token of the removed key is still accepted after " + REFRESH_INTERVAL.plusSeconds(20));
        assertTrue(Files.readString(platform.log("enrollment")).contains("refused this service's token (401)"),
                "enrollment-service replaced its service token when curriculum-service refused it");
        given().auth().oauth2(oldToken).get("/api/curriculum/instruments").then().statusCode(401);
    }

    @Test
    @Order(4)
    void aPersonSignsInFromATerminalWithTheDeviceFlow() throws Exception {
        Path saved = logs.resolve("login.json");
        Files.deleteIfExists(saved);
        ProcessBuilder login = binLogin(saved, "--issuer", keycloak.issuer());
        Process signingIn = login.start();
        BufferedReader prompts = new BufferedReader(new InputStreamReader(signingIn.getErrorStream(), StandardCharsets.UTF_8));
        String verification = null;
        StringBuilder printed = new StringBuilder();
        while (verification == null) {
            String line = prompts.readLine();
            if (line == null) {
                break;
            }
            printed.append(line).append('\n');
            var complete = Pattern.compile("\\(or open (\\S+)\\)").matcher(line);
            if (complete.find()) {
                verification = complete.group(1);
            }
        }
        assertTrue(verification != null && printed.toString().contains("enter the code"), "bin/login printed: " + printed);
        new SignInPages("trainer-dgsn", LocalKeycloak.DEMO_PASSWORD).approveDevice(verification);
        assertTrue(signingIn.waitFor(30, TimeUnit.SECONDS), "bin/login did not see the approval");
        assertEquals(0, signingIn.exitValue());

        String token = output(binLogin(saved, "--token"));
        given().auth().oauth2(token).get("/api/enrollment/cohorts").then().statusCode(200);
        String refreshed = output(binLogin(saved, "--refresh"));
        assertNotEquals(token, refreshed);
        given().auth().oauth2(refreshed).get("/api/enrollment/cohorts").then().statusCode(200);
    }

    @Test
    @Order(5)
    void machinesUseClientCredentialsAndSeeOnlyTheirInstitution() {
        given().auth().oauth2(academyToken()).get("/api/enrollment/cohorts?code=TOT-MIGRATION-2025-RABAT")
                .then().statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(keycloak.clientToken(LocalKeycloak.REALM, "partner-minusma", LocalKeycloak.PARTNER_SECRET))
                .get("/api/enrollment/cohorts?code=TOT-MIGRATION-2025-RABAT").then().statusCode(200).body("items", empty());
    }

    @Test
    @Order(6)
    void tokensFromAnotherRealmOrForAnotherAudienceAreRefused() throws IOException {
        keycloak.addClient(LocalKeycloak.REALM, "no-audience", "no-audience-secret", List.of("basic"));
        String wrongAudience = keycloak.clientToken(LocalKeycloak.REALM, "no-audience", "no-audience-secret");
        given().auth().oauth2(wrongAudience).get("/api/curriculum/instruments").then().statusCode(401);

        keycloak.addRealm("elsewhere");
        keycloak.addClient("elsewhere", "intruder", "intruder-secret", List.of("basic"));
        String foreign = keycloak.clientToken("elsewhere", "intruder", "intruder-secret");
        given().auth().oauth2(foreign).get("/api/curriculum/instruments").then().statusCode(401);

        String gatewayLog = Files.readString(platform.log("gateway"));
        assertTrue(gatewayLog.contains("Refused a bearer token: wrong-audience"), "the gateway logs why it refused");
        assertTrue(gatewayLog.contains("Refused a bearer token: unknown-key"), "the gateway logs why it refused");
    }

    private String signIn(String username) throws IOException {
        return new SignInPages(username, LocalKeycloak.DEMO_PASSWORD)
                .authorizationCode(keycloak, "sanad-web", platform.gateway() + WEB_CALLBACK_PATH);
    }

    private String academyToken() {
        return keycloak.clientToken(LocalKeycloak.REALM, "academy-dgsn", LocalKeycloak.ACADEMY_SECRET);
    }

    private ProcessBuilder binLogin(Path saved, String... arguments) {
        ProcessBuilder builder = new ProcessBuilder(Repository.ROOT.resolve("bin/login").toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().put("SANAD_LOGIN_FILE", saved.toString());
        return builder;
    }

    private static String output(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "bin/login " + builder.command());
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kid(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
        return Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"").matcher(header).results().findFirst().orElseThrow().group(1);
    }

    /** The demo's Rabat training of trainers under another code. */
    private static String cohort(String code) {
        return RABAT_COHORT.replace("\"TOT-MIGRATION-2025-RABAT\"", "\"" + code + "\"");
    }

    /**
     * Requests with fresh tokens, as the academy's system sends them: opening a cohort (gateway,
     * enrollment-service, and its call to curriculum-service with its own token) and listing cohorts.
     */
    private final class Load {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger sent = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private Thread opening;
        private Thread listing;

        void start() {
            opening = Thread.ofPlatform().start(() -> {
                for (int n = 0; running.get(); n++) {
                    int status = given().auth().oauth2(academyToken()).contentType("application/json")
                            .body(cohort("ROTATION-" + n)).post("/api/enrollment/cohorts").statusCode();
                    record("open a cohort", status, 201);
                }
            });
            listing = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    record("list cohorts", given().auth().oauth2(academyToken()).get("/api/enrollment/cohorts").statusCode(), 200);
                    Processes.pause(Duration.ofMillis(100));
                }
            });
        }

        private void record(String what, int status, int expected) {
            sent.incrementAndGet();
            if (status != expected) {
                failures.add(what + ": " + status);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            opening.join();
            listing.join();
        }
    }
}
