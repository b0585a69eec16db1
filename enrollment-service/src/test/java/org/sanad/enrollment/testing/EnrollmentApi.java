package org.sanad.enrollment.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.TestTokens;

/** Drives enrollment-service through its HTTP API the way an academy's training system would. */
public final class EnrollmentApi {

    public static final String ROOT = "/api/enrollment";
    public static final LocalDate START = LocalDate.of(2025, 2, 24);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private EnrollmentApi() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token().roles(role).subject(role + "-user").sign()).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String role, String institution) {
        return given().auth().oauth2(TestTokens.token().roles(role).institution(institution)
                .subject(role + "-" + institution).sign()).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as(Roles.ADMIN);
    }

    public static RequestSpecification registrar(String institution) {
        return as(Roles.REGISTRAR, institution);
    }

    /** A trainer whose token subject is the account of a participant. */
    public static RequestSpecification trainer(String account) {
        return given().auth().oauth2(TestTokens.token().roles(Roles.TRAINER).subject(account).sign()).contentType(ContentType.JSON);
    }

    /** A published programme of two modules (8 h and 4 h, pass mark 70) known to the fake curriculum-service. */
    public static String publishedProgramme(String certificateKind) {
        String code = unique("P");
        FakePlatform.programme(code, 1, "PUBLISHED", certificateKind, """
                [{"position":1,"code":"MIGRANT-RIGHTS","version":1,"title":"Rights of migrants","track":"SPECIALIZED",
                  "domain":"MIGRATION","durationHours":8,"languages":["fr"],"assessmentMethod":"Case study","minScore":70},
                 {"position":2,"code":"ARREST","version":2,"title":"Arrest","track":"FUNDAMENTAL",
                  "domain":"ARREST","durationHours":4,"languages":["fr"],"assessmentMethod":"Scenario","minScore":70}]""");
        return code;
    }

    public static long participant(String institution, String given, String family, String gender) {
        return admin().body(Map.of("givenName", given, "familyName", family, "institution", institution,
                        "serviceNumber", unique(institution), "gender", gender, "email", given.toLowerCase() + "@example.org"))
                .post(ROOT + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long participant(String institution) {
        return participant(institution, "Salma", "El Amrani", "FEMALE");
    }

    public static Map<String, Object> logistics(int capacity, List<String> partners, List<Long> trainers) {
        return Map.of("partnerInstitutions", partners, "location", "CNDH headquarters, Rabat",
                "startDate", START.toString(), "endDate", START.plusDays(2).toString(),
                "sessionDays", List.of(START.toString(), START.plusDays(1).toString(), START.plusDays(2).toString()),
                "capacity", capacity, "trainers", trainers, "language", "fr");
    }

    public static Map<String, Object> cohortRequest(String programme, String host, Map<String, Object> logistics) {
        Map<String, Object> request = new HashMap<>(Map.of("code", unique("C"),
                "programme", Map.of("code", programme, "version", 1), "logistics", logistics));
        if (host != null) {
            request.put("hostInstitution", host);
        }
        return request;
    }

    public static long cohort(String host, int capacity, List<String> partners, List<Long> trainers, String certificateKind) {
        return registrar(host).body(cohortRequest(publishedProgramme(certificateKind), host,
                        logistics(capacity, partners, trainers)))
                .post(ROOT + "/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long cohort(String host, int capacity, String... partners) {
        return cohort(host, capacity, List.of(partners), List.of(), "TRAINER");
    }

    public static String etag(long cohortId) {
        return admin().get(ROOT + "/cohorts/" + cohortId).then().statusCode(200).extract().header("ETag");
    }

    public static Response move(long cohortId, String status) {
        return admin().header("If-Match", etag(cohortId)).body(Map.of("status", status))
                .post(ROOT + "/cohorts/" + cohortId + "/status");
    }

    public static long enroll(String host, long cohortId, long participantId) {
        return registrar(host).body(Map.of("participantId", participantId))
                .post(ROOT + "/cohorts/" + cohortId + "/enrollments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response transition(String host, long enrollmentId, String status) {
        return registrar(host).body(Map.of("status", status, "reason", "test"))
                .post(ROOT + "/enrollments/" + enrollmentId + "/transitions");
    }

    public static String status(long enrollmentId) {
        return admin().get(ROOT + "/enrollments/" + enrollmentId).then().statusCode(200).extract().jsonPath().getString("status");
    }
}
