package org.sanad.certification.verify;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.certification.testing.CertificationApi.ROOT;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.anyone;
import static org.sanad.certification.testing.CertificationApi.record;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.testing.SanadTestEnvironment;

/**
 * Verification by code answers from memory, and a change committed anywhere (through this instance, through
 * another, or by hand in the database, emulated here by SQL on a connection of its own) ends that.
 */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class VerificationCacheTest {

    private static final Pattern HITS = Pattern.compile("sanad_verification_cache_total\\{[^}]*result=\"hit\"[^}]*} ([0-9.E]+)");
    /** Far above what a notification takes on one machine; the test waits only as long as it takes. */
    private static final Duration AT_MOST = Duration.ofSeconds(5);

    @Inject
    DataSource database;

    @Test
    void aPopularCodeIsAnsweredFromMemory() {
        String code = newCertificate("Salma");
        anyone().get("/verify/" + code).then().statusCode(200).body("status", equalTo("valid"));
        double before = hits();
        for (int i = 0; i < 5; i++) {
            anyone().get("/verify/" + code).then().statusCode(200).body("status", equalTo("valid"));
        }
        assertEquals(before + 5, hits());
    }

    @Test
    void theInstanceThatMakesAChangeNeverAnswersFromBeforeIt() {
        String id = admin().body(record("Youssef", null, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 5), 36))
                .post(ROOT + "/certificates").then().statusCode(201).extract().path("id");
        String code = admin().get(ROOT + "/certificates/" + id).then().extract().path("verificationCode");
        for (int round = 0; round < 10; round++) {
            anyone().get("/verify/" + code).then().body("status", equalTo("valid"));
            anyone().get("/verify/" + code).then().body("status", equalTo("valid"));
            admin().body(Map.of("reason", "UNDER_REVIEW")).post(ROOT + "/certificates/" + id + "/suspension").then().statusCode(200);
            anyone().get("/verify/" + code).then().body("status", equalTo("suspended"));
            admin().body(Map.of("reason", "REVIEW_CONCLUDED")).post(ROOT + "/certificates/" + id + "/reinstatement")
                    .then().statusCode(200);
        }
    }

    @Test
    void aChangeCommittedElsewhereEndsTheKeptAnswer() throws Exception {
        String code = newCertificate("Aminata");
        anyone().get("/verify/" + code).then().body("status", equalTo("valid"));
        anyone().get("/verify/" + code).then().body("status", equalTo("valid"));

        revokeBehindTheServicesBack(code);

        Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofMillis(5)).untilAsserted(() ->
                anyone().get("/verify/" + code).then().body("status", equalTo("revoked")));
    }

    @Test
    void whileItCannotListenItAnswersFromTheDatabaseAndThenListensAgain() throws Exception {
        String code = newCertificate("Mariam");
        anyone().get("/verify/" + code).then().body("status", equalTo("valid"));
        Awaitility.await().atMost(AT_MOST).until(() -> listeners() == 1);

        assertEquals(1, sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '"
                + CertificateChangeListener.APPLICATION_NAME + "' AND datname = current_database()"));
        revokeBehindTheServicesBack(code);

        Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofMillis(5)).untilAsserted(() ->
                anyone().get("/verify/" + code).then().body("status", equalTo("revoked")));
        Awaitility.await().atMost(AT_MOST).until(() -> listeners() == 1);
        String other = newCertificate("Khadija");
        anyone().get("/verify/" + other).then().body("status", equalTo("valid"));
        double before = hits();
        anyone().get("/verify/" + other).then().body("status", equalTo("valid"));
        assertTrue(hits() > before, "once it listens again, it answers from memory again");
    }

    private static String newCertificate(String givenName) {
        String id = admin().body(record(givenName, null, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 6), 36))
                .post(ROOT + "/certificates").then().statusCode(201).extract().path("id");
        return admin().get(ROOT + "/certificates/" + id).then().extract().path("verificationCode");
    }

    /** What an operator's fix, or another instance, does: a committed update this instance did not make. */
    private void revokeBehindTheServicesBack(String code) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE certificate SET status = 'REVOKED', "
                        + "status_reason = 'OTHER', status_changed_at = now() WHERE verification_code = ?")) {
            update.setString(1, code);
            assertEquals(1, update.executeUpdate());
        }
    }

    private long listeners() throws SQLException {
        return sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                + CertificateChangeListener.APPLICATION_NAME + "' AND datname = current_database()");
    }

    private long sql(String query) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(query);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double hits() {
        Matcher matcher = HITS.matcher(anyone().get("/q/metrics").then().statusCode(200).extract().asString());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
