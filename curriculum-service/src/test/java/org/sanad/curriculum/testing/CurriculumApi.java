package org.sanad.curriculum.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.TestTokens;

/**
 * Drives curriculum-service through its HTTP API the way an academy's authoring tool would, so tests
 * read as the steps a curriculum author takes.
 */
public final class CurriculumApi {

    public static final String ROOT = "/api/curriculum";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CurriculumApi() {
    }

    /** A code no other test uses, so tests sharing the database never collide. */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification author() {
        return as(Roles.CURRICULUM_AUTHOR);
    }

    public static Map<String, Object> objective(String code, String text, String... provisions) {
        return Map.of("code", code, "text", text, "alignments",
                List.of(provisions).stream().map(p -> Map.of("provision", p, "note", "applies " + p)).toList());
    }

    @SafeVarargs
    public static Map<String, Object> module(String code, String title, double hours, Map<String, Object>... objectives) {
        return Map.of("code", code, "title", title, "summary", "Operational module on " + title.toLowerCase(),
                "track", "FUNDAMENTAL", "domain", "ARREST", "durationHours", hours, "languages", List.of("ar", "fr"),
                "assessmentMethod", "Scenario exercise scored by two trainers", "objectives", List.of(objectives));
    }

    public static Map<String, Object> programme(String code, List<Map<String, Object>> modules) {
        return Map.of("code", code, "title", "Programme " + code, "audience", "Officers guarding places of detention",
                "description", "Torture prevention during arrest, interrogation and custody", "modules", modules,
                "completion", Map.of("minAttendancePercent", 80, "minModuleScore", 70, "minOverallScore", 75),
                "certificate", Map.of("kind", "TRAINER", "validityMonths", 36));
    }

    public static Map<String, Object> ref(String module, int version) {
        return Map.of("module", module, "version", version);
    }

    public static String etag(String collection, String code, int version) {
        return author().get(ROOT + "/" + collection + "/" + code + "/versions/" + version).then().statusCode(200)
                .extract().header("ETag");
    }

    public static Response moveTo(String collection, String code, int version, String status) {
        return author().header("If-Match", etag(collection, code, version)).body(Map.of("status", status))
                .post(ROOT + "/" + collection + "/" + code + "/versions/" + version + "/status");
    }

    /** Takes a version through review to publication, as an author and a reviewer would. */
    public static void publish(String collection, String code, int version) {
        moveTo(collection, code, version, "IN_REVIEW").then().statusCode(200);
        moveTo(collection, code, version, "PUBLISHED").then().statusCode(200);
    }

    /** Creates and publishes a module, returning its code. */
    @SafeVarargs
    public static String publishedModule(String prefix, double hours, Map<String, Object>... objectives) {
        String code = unique(prefix);
        author().body(module(code, "Module " + prefix, hours, objectives)).post(ROOT + "/modules").then().statusCode(201);
        publish("modules", code, 1);
        return code;
    }
}
