package org.sanad.certification.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.TestTokens;

/** Calls certification-service the way its clients do, with events and requests shaped like theirs. */
public final class CertificationApi {

    public static final String ROOT = "/api/certification";
    private static final AtomicLong ENROLLMENTS = new AtomicLong(10_000_000_000L + System.currentTimeMillis() % 1_000_000_000L * 100);

    private CertificationApi() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token().roles(role).subject(role + "-user").sign()).contentType(ContentType.JSON);
    }

    public static RequestSpecification account(String subject, String role) {
        return given().auth().oauth2(TestTokens.token().roles(role).subject(subject).sign()).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as(Roles.ADMIN);
    }

    public static RequestSpecification service() {
        return as(Roles.SERVICE);
    }

    public static RequestSpecification auditor() {
        return as(Roles.AUDITOR);
    }

    public static RequestSpecification anyone() {
        return given().contentType(ContentType.JSON);
    }

    public static long nextEnrollment() {
        return ENROLLMENTS.incrementAndGet();
    }

    /** A completion event as enrollment-service's outbox writes it. */
    public static Map<String, Object> completion(long enrollmentId, String account, String kind) {
        Map<String, Object> participant = new HashMap<>();
        participant.put("id", enrollmentId + 7);
        participant.put("givenName", "Fatima Zahra");
        participant.put("familyName", "El Amrani");
        participant.put("institution", "DGSN");
        participant.put("serviceNumber", "DGSN-" + enrollmentId);
        participant.put("account", account);
        Map<String, Object> programme = new HashMap<>();
        programme.put("code", "TOT-MIGRATION");
        programme.put("version", 1);
        programme.put("title", "Training of trainers: migration and the rights of migrants");
        programme.put("certificateKind", kind);
        programme.put("validityMonths", 36);
        programme.put("standards", List.of(
                Map.of("provision", "ICRMW-16", "instrument", "ICRMW", "shortTitle", "Liberty and security of person"),
                Map.of("provision", "UNCAT-11", "instrument", "UNCAT", "shortTitle", "Review of custody arrangements")));
        return Map.of(
                "eventId", UUID.randomUUID().toString(),
                "type", "enrollment.completed",
                "occurredAt", "2025-03-07T16:00:00Z",
                "enrollmentId", enrollmentId,
                "participant", participant,
                "cohort", Map.of("id", 41, "code", "TOT-MIGRATION-2025-RABAT", "hostInstitution", "DGSN",
                        "partnerInstitutions", List.of("CNDH"), "location", "Rabat, Institut Royal de Police",
                        "startDate", "2025-02-24", "endDate", LocalDate.now().minusDays(3).toString(), "trainerIds", List.of(3, 4)),
                "programme", programme);
    }

    /** An admin's record of a past training. */
    public static Map<String, Object> record(String givenName, String account, LocalDate start, LocalDate end, Integer validityMonths) {
        Map<String, Object> holder = new HashMap<>();
        holder.put("givenName", givenName);
        holder.put("familyName", "Traoré");
        holder.put("institution", "PN-MALI");
        holder.put("account", account);
        holder.put("language", "fr");
        Map<String, Object> programme = new HashMap<>();
        programme.put("code", "JUDICIAL-POLICE-MALI");
        programme.put("version", 1);
        programme.put("title", "Police judiciaire et droits humains");
        programme.put("kind", "TRAINER");
        programme.put("validityMonths", validityMonths);
        programme.put("standards", List.of(Map.of("provision", "ICCPR-9", "instrument", "ICCPR", "shortTitle", "Liberty and security")));
        return Map.of("holder", holder, "programme", programme,
                "training", Map.of("cohortCode", "JP-MALI-" + start, "location", "Bamako", "startDate", start.toString(),
                        "endDate", end.toString()),
                "issuingInstitutions", List.of("PN-MALI", "MINUSMA"));
    }

    /** Issues a certificate from a fresh completion event and returns it as the admin reads it. */
    public static JsonPath issued(String account) {
        Map<String, Object> event = completion(nextEnrollment(), account, "TRAINER");
        String id = service().body(event).post(ROOT + "/completions").then().statusCode(201).extract().path("certificateId");
        return admin().get(ROOT + "/certificates/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
