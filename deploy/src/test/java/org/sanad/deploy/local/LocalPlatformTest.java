package org.sanad.deploy.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanad.client.ApiException;
import org.sanad.client.model.AttendanceMark;
import org.sanad.client.model.Certificate;
import org.sanad.client.model.CertificateStatus;
import org.sanad.client.model.CodeVerification;
import org.sanad.client.model.Cohort;
import org.sanad.client.model.CohortLogistics;
import org.sanad.client.model.CohortRequest;
import org.sanad.client.model.CohortStatus;
import org.sanad.client.model.Enrollment;
import org.sanad.client.model.EnrollmentRequest;
import org.sanad.client.model.EnrollmentStatus;
import org.sanad.client.model.Gender;
import org.sanad.client.model.Participant;
import org.sanad.client.model.ParticipantRequest;
import org.sanad.client.model.PinnedModule;
import org.sanad.client.model.ProgrammeRef;
import org.sanad.client.model.ScoreMark;
import org.sanad.client.model.VerificationStatus;
import org.sanad.common.testing.SanadTestEnvironment.TestDatabase;
import org.sanad.deploy.api.ThirdPartyTools;
import org.sanad.deploy.identity.Processes;
import org.sanad.deploy.identity.Repository;

/**
 * The platform as a newcomer starts it: {@code bin/run} on a fresh home and empty databases, with the
 * development keys and tokens of the tools module ({@code bin/token}, {@code bin/verify-log}), called
 * through the gateway only. The last test stops it as Ctrl-C does and checks nothing is left running.
 */
@TestMethodOrder(OrderAnnotation.class)
class LocalPlatformTest {

    private static final Path HOME = Repository.ROOT.resolve("target/local-platform");
    /** Where the pages' screenshots stay for a reviewer. */
    private static final Path SCREENSHOTS = Repository.ROOT.resolve("target/screenshots");
    private static final String DB_SUFFIX = "_local_test";
    private static final List<String> SERVICES = List.of("curriculum", "enrollment", "certification");
    private static final TestDatabase POSTGRES = TestDatabase.fromEnvironment();

    private static int portBase;
    private static Process binRun;

    @BeforeAll
    static void startWithBinRun() throws IOException {
        deleteRecursively(HOME);
        Files.createDirectories(HOME);
        SERVICES.forEach(service -> POSTGRES.recreate(service + DB_SUFFIX));
        portBase = Processes.freePortBlock(4);
        binRun = script("bin/run").redirectErrorStream(true).redirectOutput(HOME.resolve("bin-run.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (!Files.readString(HOME.resolve("bin-run.log")).contains("Sanad is running")) {
            assertTrue(binRun.isAlive(), "bin/run exited early:\n" + Files.readString(HOME.resolve("bin-run.log")));
            assertTrue(System.nanoTime() < deadline, "bin/run not ready in 4 minutes:\n" + Processes.tail(HOME.resolve("bin-run.log")));
            Processes.pause(Duration.ofSeconds(1));
        }
        RestAssured.baseURI = gateway();
        RestAssured.port = portBase;
    }

    @AfterAll
    static void stopWhatever() throws Exception {
        RestAssured.reset();
        if (binRun != null && binRun.isAlive()) {
            Processes.stop(binRun);
        }
        script("bin/run", "stop").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
    }

    @Test
    @Order(1)
    void theGatewayFrontsEveryServiceWhichListensOnTheLoopbackOnly() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        for (String service : SERVICES) {
            given().get("/q/health/group/upstreams").then().statusCode(200)
                    .body("checks.collect { it.data?.get('" + service + "-service') }", hasItem("UP"));
        }
        for (InetAddress outside : outsideAddresses()) {
            assertFalse(answers(outside, portBase + 1), "curriculum-service answers on " + outside + ", not only on the loopback");
        }
        given().get("/api/curriculum/instruments/UNCAT").then().statusCode(401).body("status", equalTo(401));
        String admin = token("admin", "--sub", "local-admin");
        String forged = admin.substring(0, admin.lastIndexOf('.')) + ".c2lnbmF0dXJl";
        given().auth().oauth2(forged).get("/api/curriculum/instruments").then().statusCode(401);
        for (String service : SERVICES) {
            given().auth().oauth2(admin).header("X-Request-Id", "local-" + service).get("/api/" + service + "/no-such-path")
                    .then().statusCode(404).body("requestId", equalTo("local-" + service));
            given().get("/openapi/" + service).then().statusCode(200);
        }
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    @Order(2)
    void binRunLoadedTheDemoDataWhichAPartnerSeesOnlyWhereShared() throws Exception {
        String partner = token("partner", "--institution", "MINUSMA", "--ttl", "5m");
        given().auth().oauth2(partner).get("/api/curriculum/instruments/UNCAT").then().statusCode(200)
                .body(containsString("\"code\":\"UNCAT-10\""));
        given().auth().oauth2(partner).contentType("application/json").body("{\"code\":\"X\",\"title\":\"x\"}")
                .post("/api/curriculum/domains").then().statusCode(403).body("status", equalTo(403));
        given().auth().oauth2(partner).get("/api/curriculum/programmes/TOT-MIGRATION/versions/1/coverage?profile=MIGRATION-TOT")
                .then().statusCode(200).body("gaps", empty());
        given().auth().oauth2(partner).get("/api/enrollment/cohorts?code=JUDICIAL-POLICE-MALI-2023-B1")
                .then().statusCode(200).body("items[0].seatsTaken", equalTo(30));
        given().auth().oauth2(partner).get("/api/enrollment/cohorts?code=TOT-MIGRATION-2025-RABAT")
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(partner).get("/api/enrollment/changes?size=500")
                .then().statusCode(200).body(containsString("\"givenName\":\"Aminata\""));
    }

    @Test
    @Order(3)
    void anOfficerCompletesACohortIsCertifiedAndTheLogVerifiesFromOutside() throws Exception {
        String registrar = token("registrar", "--institution", "DGSN", "--sub", "local-registrar", "--ttl", "10m");
        Response created = given().auth().oauth2(registrar).contentType("application/json").body("""
                {"code":"LOCAL-TOT","programme":{"code":"TOT-MIGRATION","version":1},"logistics":{"location":"Rabat",
                 "startDate":"2025-09-01","endDate":"2025-09-02","sessionDays":["2025-09-01","2025-09-02"],"capacity":20,
                 "language":"fr"}}""").post("/api/enrollment/cohorts");
        created.then().statusCode(201).body("modules.code", hasItem("MIGRANT-RIGHTS"))
                .header("Location", startsWith(gateway() + ":" + portBase + "/api/enrollment/cohorts/"));
        long cohort = created.jsonPath().getLong("id");
        long participant = given().auth().oauth2(registrar).contentType("application/json").body("""
                {"givenName":"Salma","familyName":"Bennani","institution":"DGSN","serviceNumber":"LOCAL-0001",
                 "gender":"FEMALE","account":"local-officer"}""")
                .post("/api/enrollment/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        move(registrar, cohort, "OPEN");
        long enrollment = given().auth().oauth2(registrar).contentType("application/json").body(Map.of("participantId", participant))
                .post("/api/enrollment/cohorts/" + cohort + "/enrollments").then().statusCode(201).extract().jsonPath().getLong("id");
        move(registrar, cohort, "IN_PROGRESS");
        for (String day : List.of("2025-09-01", "2025-09-02")) {
            given().auth().oauth2(registrar).contentType("application/json").body(List.of(Map.of("enrollmentId", enrollment, "present", true)))
                    .put("/api/enrollment/cohorts/" + cohort + "/attendance/" + day).then().statusCode(200);
        }
        for (String module : List.of("MIGRANT-RIGHTS", "MIGRATION-FRAMEWORKS", "TREATY-BODY-ENGAGEMENT", "MIGRATION-CASES")) {
            given().auth().oauth2(registrar).contentType("application/json").body(List.of(Map.of("enrollmentId", enrollment, "score", 88)))
                    .put("/api/enrollment/cohorts/" + cohort + "/assessments/" + module).then().statusCode(200);
        }
        move(registrar, cohort, "COMPLETED");

        String officer = token("trainer", "--sub", "local-officer", "--ttl", "5m");
        String code = awaitCertificate(officer, participant);
        String verified = given().get("/verify/" + code).then().statusCode(200)
                .body("status", equalTo("valid")).body("holderName", equalTo("Salma Bennani")).extract().header("ETag");
        given().header("If-None-Match", verified).get("/verify/" + code).then().statusCode(304)
                .header("Cache-Control", containsString("max-age"));
        String certificate = given().auth().oauth2(officer).get("/api/certification/certificates?participantId=" + participant)
                .then().statusCode(200).body("items[0].serial", startsWith("SANAD-")).body("items[0].programme.kind", equalTo("TRAINER"))
                .extract().jsonPath().getString("items[0].id");
        byte[] pdf = given().auth().oauth2(officer).get("/api/certification/certificates/" + certificate + "/document")
                .then().statusCode(200).extract().asByteArray();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        given().get("/.well-known/jwks.json").then().statusCode(200).body("keys.crv", hasItem("P-256"));
        given().auth().oauth2(token("auditor", "--ttl", "5m")).get("/api/certification/log/audit")
                .then().statusCode(200).body("consistent", equalTo(true));

        Path kept = HOME.resolve("kept-head.json");
        assertEquals(0, run(script("bin/verify-log", "--url", gateway() + ":" + portBase, "--save-head", kept.toString())));
        assertEquals(0, run(script("bin/verify-log", "--url", gateway() + ":" + portBase, "--known-head", kept.toString())),
                "bin/verify-log checks the log against the head it kept");
    }

    @Test
    @Order(4)
    void aClientGeneratedFromThePlatformDocumentRunsATrainingThroughTheGateway() throws Exception {
        String base = gateway() + ":" + portBase;
        GeneratedClient registrar = GeneratedClient.as(base, token("registrar", "--institution", "DGSN", "--sub", "client-registrar", "--ttl", "10m"));
        List<LocalDate> days = List.of(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7));

        Cohort cohort = registrar.cohorts.openCohort(new CohortRequest().code("CLIENT-TOT")
                .programme(new ProgrammeRef().code("TOT-MIGRATION").version(1))
                .logistics(new CohortLogistics().location("Kénitra, Institut Royal de Police").startDate(days.get(0))
                        .endDate(days.get(1)).sessionDays(days).capacity(20).language("fr")));
        Participant officer = registrar.participants.registerParticipant(new ParticipantRequest().givenName("Youssef")
                .familyName("El Amrani").institution("DGSN").serviceNumber("CLIENT-0001").gender(Gender.MALE).account("client-officer"));
        registrar.move(cohort.getId(), CohortStatus.OPEN);
        Enrollment enrollment = registrar.enrollments.enrollParticipant(cohort.getId(), new EnrollmentRequest().participantId(officer.getId()));
        assertEquals(EnrollmentStatus.CONFIRMED, enrollment.getStatus());
        registrar.move(cohort.getId(), CohortStatus.IN_PROGRESS);
        for (LocalDate day : days) {
            registrar.results.recordAttendance(cohort.getId(), day, List.of(new AttendanceMark().enrollmentId(enrollment.getId()).present(true)));
        }
        for (PinnedModule module : cohort.getModules()) {
            registrar.results.recordScores(cohort.getId(), module.getCode(),
                    List.of(new ScoreMark().enrollmentId(enrollment.getId()).score(BigDecimal.valueOf(91))));
        }
        registrar.move(cohort.getId(), CohortStatus.COMPLETED);

        String holderToken = token("trainer", "--sub", "client-officer", "--ttl", "5m");
        GeneratedClient holder = GeneratedClient.as(base, holderToken);
        String code = awaitCertificate(holderToken, officer.getId());
        Certificate certificate = holder.certificates.listCertificates(null, null, officer.getId(), null, null, null).getItems().get(0);
        assertEquals(code, certificate.getVerificationCode());
        assertEquals(EnrollmentStatus.COMPLETED, registrar.enrollments.readEnrollment(enrollment.getId()).getStatus());
        assertEquals(CertificateStatus.ACTIVE, certificate.getStatus());
        File pdf = holder.certificates.downloadCertificateDocument(certificate.getId(), "fr");
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf.toPath()), 0, 5, StandardCharsets.US_ASCII));

        CodeVerification verified = GeneratedClient.as(base, null).verification.verifyCode(code, null, null, null);
        assertEquals(VerificationStatus.VALID, verified.getStatus());
        assertEquals("Youssef El Amrani", verified.getHolderName());
        ApiException refused = assertThrows(ApiException.class, () -> GeneratedClient.as(base, null).cohorts.readCohort(cohort.getId()));
        assertEquals(401, refused.getCode());
    }

    @Test
    @Order(7)
    void theProdProfileRefusesTheDevelopmentKey() throws Exception {
        Path log = HOME.resolve("prod.log");
        ProcessBuilder gateway = new ProcessBuilder(javaHome() + "/bin/java", "-jar",
                Repository.ROOT.resolve("gateway/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        gateway.environment().putAll(Map.of("SANAD_JWT_ISSUER", "urn:sanad:other",
                "SANAD_JWT_JWKS", "file:" + HOME.resolve("keys/jwks.json"), "QUARKUS_HTTP_PORT", "0"));
        Process prod = gateway.start();
        assertTrue(prod.waitFor(60, TimeUnit.SECONDS), "the gateway started in prod with the development key");
        assertTrue(prod.exitValue() != 0 && Files.readString(log).contains("refuses the development signing key"), Files.readString(log));
    }

    @Test
    @Order(8)
    void stoppingBinRunAsCtrlCDoesStopsEverythingItStarted() throws Exception {
        binRun.destroy();
        assertTrue(binRun.waitFor(30, TimeUnit.SECONDS), "bin/run did not stop");
        try (var pids = Files.list(HOME.resolve("run"))) {
            assertEquals(List.of(), pids.toList(), "still running");
        }
        IntStream.range(0, 4).forEach(offset ->
                assertFalse(answers(InetAddress.getLoopbackAddress(), portBase + offset), "port " + (portBase + offset) + " still open"));
    }

    /**
     * Verifiers no one here wrote (jose, jsonld in safe mode, DCC's vc, eddsa-rdfc-2022 and bitstring status
     * list libraries, deploy/third-party/verifier) check a certificate of each status through the gateway.
     */
    @Test
    @Order(5)
    void standardVerifiersAcceptCertificatesAndReadTheirStatusFromTheIssuersLists() throws Exception {
        ThirdPartyTools.install();
        String admin = token("admin", "--sub", "local-admin", "--ttl", "10m");
        for (String status : List.of("active", "suspended", "revoked")) {
            String id = given().auth().oauth2(admin).contentType("application/json").body(pastTraining(status))
                    .post("/api/certification/certificates").then().statusCode(201).extract().path("id");
            if (!status.equals("active")) {
                String change = status.equals("suspended") ? "suspension" : "revocation";
                given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", status.equals("suspended") ? "UNDER_REVIEW" : "MISCONDUCT_FINDING"))
                        .post("/api/certification/certificates/" + id + "/" + change).then().statusCode(200);
            }
            Path jwt = HOME.resolve("credential-" + status + ".jwt");
            Path ldp = HOME.resolve("credential-" + status + ".json");
            Files.writeString(jwt, given().auth().oauth2(admin).accept("application/vc+jwt")
                    .get("/api/certification/certificates/" + id + "/credential").then().statusCode(200).extract().asString());
            Files.writeString(ldp, given().auth().oauth2(admin).accept("application/vc")
                    .get("/api/certification/certificates/" + id + "/credential").then().statusCode(200).extract().asString());

            ThirdPartyTools.Run verified = ThirdPartyTools.node("verifier/check-certificate.mjs", "--platform",
                    "http://localhost:" + portBase, "--jwt", jwt.toString(), "--ldp", ldp.toString(), "--expect", status);
            assertEquals(0, verified.exitCode(), status + " certificate:\n" + verified.output());
            assertTrue(verified.output().contains("\"data-integrity-proof\""), verified.output());
        }
    }

    /**
     * The public pages as people see them: Debian's Chromium renders the verification page of an officer's
     * certificate, its issuer's profile and its achievement in Arabic, French and English, on a phone (360 px)
     * and a desktop (1280 px). The screenshots stay in {@code target/screenshots} for a reviewer.
     */
    @Test
    @Order(6)
    void peopleReadThePublicPagesInArabicFrenchAndEnglishOnAPhoneAndADesktop() throws Exception {
        ThirdPartyTools.install();
        String admin = token("admin", "--sub", "local-admin", "--ttl", "10m");
        Map<String, Object> training = new HashMap<>(pastTraining("active"));
        training.put("holder", Map.of("givenName", "خديجة", "familyName", "العلوي", "institution", "DGSN",
                "serviceNumber", "PAGES-0001", "language", "ar"));
        JsonPath certificate = given().auth().oauth2(admin).contentType("application/json")
                .body(training).post("/api/certification/certificates").then().statusCode(201).extract().jsonPath();
        String base = "http://localhost:" + portBase;
        String verification = base + "/verify/" + certificate.getString("verificationCode");
        String achievement = base + "/achievements/TOT-CUSTODY/v1";
        List<BrowserRendering.Visit> visits = List.of(
                new BrowserRendering.Visit("verify-ar", verification, "ar-MA,ar;q=0.9,fr;q=0.5"),
                new BrowserRendering.Visit("verify-fr", verification + "?lang=fr", null),
                new BrowserRendering.Visit("verify-en", verification + "?lang=en", "ar"),
                new BrowserRendering.Visit("issuer-ar", base + "/issuers/DGSN?lang=ar", null),
                new BrowserRendering.Visit("issuer-fr", base + "/issuers/DGSN", "fr-FR,fr;q=0.9"),
                new BrowserRendering.Visit("issuer-en", base + "/issuers/DGSN?lang=en", null),
                new BrowserRendering.Visit("achievement-ar", achievement + "?lang=ar", null),
                new BrowserRendering.Visit("achievement-fr", achievement + "?lang=fr", null),
                new BrowserRendering.Visit("achievement-en", achievement, "en-GB"));
        Map<String, List<String>> shown = Map.of(
                "verify-ar", List.of("خديجة العلوي", "صالحة", "التحقق من الشهادة", "24 فبراير 2024"),
                "verify-fr", List.of("خديجة العلوي", "Valide", "Vérification de certificat", "24 février 2024"),
                "verify-en", List.of("خديجة العلوي", "Valid", "Certificate verification", "24 February 2024"),
                "issuer-ar", List.of("المديرية العامة للأمن الوطني", "المفاتيح التي توقّع باسمها"),
                "issuer-fr", List.of("Direction Générale de la Sûreté Nationale", "Clés qui signent en son nom"),
                "issuer-en", List.of("General Directorate for National Security (Morocco)", "Keys that sign in its name"),
                "achievement-ar", List.of("Garanties en garde à vue", "UNCAT", "معايير حقوق الإنسان المشمولة"),
                "achievement-fr", List.of("Garanties en garde à vue", "UNCAT", "Normes relatives aux droits"),
                "achievement-en", List.of("Garanties en garde à vue", "UNCAT", "Human-rights standards it covers"));

        List<BrowserRendering.Rendered> rendered = BrowserRendering.render(SCREENSHOTS, visits, 360, 1280);

        assertEquals(visits.size() * 2, rendered.size());
        for (BrowserRendering.Rendered page : rendered) {
            String seen = page.name() + " at " + page.width() + " px (" + page.screenshot() + ")";
            String language = page.name().substring(page.name().lastIndexOf('-') + 1);
            String direction = language.equals("ar") ? "rtl" : "ltr";
            assertEquals(200, page.status(), seen);
            assertEquals(language, page.lang(), seen);
            assertEquals(language, page.contentLanguage(), seen);
            assertEquals(direction, page.dir(), seen);
            assertEquals(direction, page.direction(), seen + ": laid out in");
            assertEquals(List.of("en", "fr", "ar").stream().filter(other -> !other.equals(language)).toList(), page.links(),
                    seen + " links to the other languages");
            shown.get(page.name()).forEach(text -> assertTrue(page.text().contains(text), seen + " shows " + text + ":\n" + page.text()));
            assertFalse(page.overflowsSideways(), seen + " is " + page.scrollWidth() + " px wide in a " + page.innerWidth() + " px window");
            assertTrue(Files.size(Path.of(page.screenshot())) > 0, seen);
        }
    }

    /** A training before the platform, recorded by an admin: the DGSN's, co-organised with the CNDH. */
    private static Map<String, Object> pastTraining(String status) {
        return Map.of(
                "holder", Map.of("givenName", "Nadia", "familyName", "Ouazzani-" + status, "institution", "DGSN",
                        "serviceNumber", "PAST-" + status.toUpperCase(java.util.Locale.ROOT), "language", "fr"),
                "programme", Map.of("code", "TOT-CUSTODY", "version", 1, "title", "Garanties en garde à vue : formation de formateurs",
                        "kind", "TRAINER", "validityMonths", 36, "standards", List.of(
                                Map.of("provision", "UNCAT-11", "instrument", "UNCAT", "shortTitle", "Review of custody arrangements"))),
                "training", Map.of("cohortCode", "PAST-TOT-2024", "location", "Rabat, CNDH", "startDate", "2024-02-24",
                        "endDate", "2024-02-28"),
                "issuingInstitutions", List.of("DGSN", "CNDH"));
    }

    private static void move(String registrar, long cohort, String status) {
        String etag = given().auth().oauth2(registrar).get("/api/enrollment/cohorts/" + cohort).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(registrar).contentType("application/json").header("If-Match", etag).body(Map.of("status", status))
                .post("/api/enrollment/cohorts/" + cohort + "/status").then().statusCode(200);
    }

    /** The outbox delivers the completion within seconds; the certificate's verification code once it has. */
    private static String awaitCertificate(String officer, long participant) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> code = Optional.ofNullable(given().auth().oauth2(officer)
                    .get("/api/certification/certificates?participantId=" + participant)
                    .then().statusCode(200).extract().jsonPath().getString("items[0].verificationCode"));
            if (code.isPresent()) {
                return code.get();
            }
            Processes.pause(Duration.ofSeconds(1));
        }
        throw new AssertionError("no certificate was issued within 60 s:\n" + Processes.tail(HOME.resolve("logs/enrollment.log")));
    }

    private static String token(String... arguments) throws Exception {
        Process process = script("bin/token", arguments).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "bin/token " + String.join(" ", arguments));
        return token;
    }

    private static int run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", builder.command()));
        return process.exitValue();
    }

    private static ProcessBuilder script(String name, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Repository.ROOT.resolve(name).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Repository.ROOT.toFile());
        builder.environment().putAll(Map.of("SANAD_HOME", HOME.toString(), "SANAD_PORT_BASE", Integer.toString(portBase),
                "SANAD_DB_SUFFIX", DB_SUFFIX, "JAVA_HOME", javaHome()));
        return builder;
    }

    private static String gateway() {
        return "http://127.0.0.1";
    }

    private static String javaHome() {
        return System.getProperty("java.home");
    }

    private static List<InetAddress> outsideAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(network -> !isLoopback(network))
                .flatMap(NetworkInterface::inetAddresses).filter(address -> address.getAddress().length == 4).toList();
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback() || !network.isUp();
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
