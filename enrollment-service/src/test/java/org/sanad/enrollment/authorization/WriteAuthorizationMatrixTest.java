package org.sanad.enrollment.authorization;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.enrollment.testing.EnrollmentApi.ROOT;
import static org.sanad.enrollment.testing.EnrollmentApi.START;
import static org.sanad.enrollment.testing.EnrollmentApi.admin;
import static org.sanad.enrollment.testing.EnrollmentApi.cohortRequest;
import static org.sanad.enrollment.testing.EnrollmentApi.logistics;
import static org.sanad.enrollment.testing.EnrollmentApi.publishedProgramme;
import static org.sanad.enrollment.testing.EnrollmentApi.unique;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TableFingerprint;
import org.sanad.common.testing.TestTokens;
import org.sanad.enrollment.testing.FakePlatform;

/**
 * Every write endpoint × every role × a reference to the caller's own institution, to another
 * institution and to nothing. A refused write stores nothing, and a reference into another
 * institution is refused exactly as an unknown one, so the answer tells the caller nothing.
 * The callers: an admin; a registrar of DGSN; a trainer of DGSN's cohorts; a partner (CNDH) they are
 * shared with; an auditor; a service; a curriculum author. "Own" cohorts are hosted by DGSN, taught by
 * the trainer and shared with CNDH; "other" cohorts are MINUSMA's, and "other" officers PN-MALI's.
 */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WriteAuthorizationMatrixTest {

    enum Ref { OWN, OTHER, UNKNOWN }

    private static final String OWN = "DGSN";
    private static final String OTHER = "MINUSMA";
    private static final String OTHER_OFFICERS = "PN-MALI";
    private static final String PARTNER = "CNDH";
    private static final String UNKNOWN_ID = "987654321";
    private static final List<String> ROLES = List.of(Roles.CURRICULUM_AUTHOR, Roles.AUDITOR, Roles.SERVICE, Roles.PARTNER,
            Roles.TRAINER, Roles.REGISTRAR, Roles.ADMIN);

    @Inject
    AgroalDataSource database;

    private final TableFingerprint tables = new TableFingerprint(Set.of("outbox_event"));
    private String trainerAccount;
    private long trainerId;

    /** One request to try, made against freshly created records; {@code reference} is the id or code that varies. */
    private record Attempt(String method, String path, Object body, String contentType, String etagOf, String reference) {

        static Attempt json(String method, String path, Object body, String reference) {
            return new Attempt(method, path, body, "application/json", null, reference);
        }

        Attempt ifMatch(String resource) {
            return new Attempt(method, path, body, contentType, resource, reference);
        }
    }

    /** One row of the matrix: a write endpoint, the reference in it that varies, and the answer each role gets. */
    private record Row(String operation, String varies, Set<Ref> refs, Function<Ref, Attempt> attempt,
            Map<String, Map<Ref, Integer>> allowed) {

        int expected(String role, Ref ref) {
            return allowed.getOrDefault(role, Map.of()).getOrDefault(ref, 403);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWriteAnswersEachRoleAsItsScopeAllowsAndARefusalStoresNothing() {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.operation() + " (" + row.varies() + ")", () -> check(row)));
    }

    /** The matrix names every write operation the service publishes, so a new endpoint cannot be left out. */
    @Test
    void coversEveryWriteOperationInTheOpenApiDocument() {
        Map<String, Object> paths = given().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        Set<String> writes = new TreeSet<>();
        paths.forEach((path, operations) -> ((Map<?, ?>) operations).keySet().stream().map(String::valueOf)
                .filter(method -> Set.of("post", "put", "patch", "delete").contains(method))
                .forEach(method -> writes.add(method.toUpperCase() + " " + path)));
        Set<String> covered = rows().stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(writes, covered);
    }

    private void check(Row row) {
        List<String> failures = new ArrayList<>();
        Map<String, String> refusals = new LinkedHashMap<>();
        for (Ref ref : row.refs()) {
            Attempt attempt = row.attempt().apply(ref);
            for (String role : ROLES) {
                int expected = row.expected(role, ref);
                String token = token(role);
                String before = tables.take();
                Response response = send(token, attempt);
                String after = tables.take();
                String where = role + " × " + ref + ": ";
                if (response.statusCode() != expected) {
                    failures.add(where + "expected " + expected + ", got " + response.statusCode() + " " + response.asString());
                } else if (expected >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add(where + expected + " as " + response.contentType());
                } else if (expected >= 400 && !before.equals(after)) {
                    failures.add(where + expected + " but something was stored");
                }
                if (response.statusCode() < 400) {
                    attempt = row.attempt().apply(ref); // the write happened: fresh records for the next role
                } else {
                    refusals.put(role + " " + ref, response.statusCode() + " " + response.jsonPath().getString("type") + " "
                            + (response.jsonPath().getString("detail") + " " + response.jsonPath().getList("errors.message"))
                                    .replace(attempt.reference(), "ID")
                                    .replaceAll("C-[0-9]+", "C-…")); // each attempt is made in a fresh cohort
                }
            }
        }
        for (String role : ROLES) {
            String hidden = refusals.get(role + " " + Ref.OTHER);
            String unknown = refusals.get(role + " " + Ref.UNKNOWN);
            if (hidden != null && unknown != null && !hidden.equals(unknown)) {
                failures.add(role + ": another institution's reference answers '" + hidden + "' but an unknown one '" + unknown + "'");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " answers differ from the matrix:\n  " + String.join("\n  ", failures));
    }

    private Response send(String token, Attempt attempt) {
        RequestSpecification request = given().auth().oauth2(token).contentType(attempt.contentType());
        if (attempt.etagOf() != null) {
            String etag = admin().get(attempt.etagOf()).then().extract().header("ETag");
            request.header("If-Match", etag == null ? "\"0\"" : etag);
        }
        if (attempt.body() != null) {
            request.body(attempt.body());
        }
        return request.request(attempt.method(), attempt.path());
    }

    private String token(String role) {
        var token = TestTokens.token().roles(role);
        return switch (role) {
            case Roles.REGISTRAR -> token.institution(OWN).subject("matrix-registrar").sign();
            case Roles.PARTNER -> token.institution(PARTNER).subject("matrix-partner").sign();
            case Roles.TRAINER -> token.subject(trainer()).sign();
            default -> token.institution(OWN).subject("matrix-" + role).sign();
        };
    }

    private List<Row> rows() {
        return List.of(
                new Row("POST " + ROOT + "/participants", "institution", Set.of(Ref.OWN, Ref.OTHER),
                        ref -> Attempt.json("POST", ROOT + "/participants", person(institution(ref)), institution(ref)),
                        Map.of(Roles.ADMIN, statuses(201, 201, 0), Roles.REGISTRAR, statuses(201, 403, 0))),
                new Row("PUT " + ROOT + "/participants/{id}", "participant", Set.of(Ref.values()),
                        ref -> {
                            String id = ref == Ref.UNKNOWN ? UNKNOWN_ID : Long.toString(participant(officers(ref)));
                            return Attempt.json("PUT", ROOT + "/participants/" + id, person(null), id)
                                    .ifMatch(ROOT + "/participants/" + id);
                        },
                        Map.of(Roles.ADMIN, statuses(200, 200, 404), Roles.REGISTRAR, statuses(200, 404, 404))),
                new Row("POST " + ROOT + "/cohorts", "host institution", Set.of(Ref.OWN, Ref.OTHER),
                        ref -> Attempt.json("POST", ROOT + "/cohorts", cohortRequest(publishedProgramme("NONE"), institution(ref),
                                logistics(20, List.of(), List.of())), institution(ref)),
                        Map.of(Roles.ADMIN, statuses(201, 201, 0), Roles.REGISTRAR, statuses(201, 403, 0))),
                new Row("POST " + ROOT + "/cohorts", "trainer", Set.of(Ref.values()),
                        ref -> {
                            String trainer = officerOrUnknown(ref);
                            return Attempt.json("POST", ROOT + "/cohorts", cohortRequest(publishedProgramme("NONE"), OWN,
                                    logistics(20, List.of(), List.of(Long.parseLong(trainer)))), trainer);
                        },
                        Map.of(Roles.ADMIN, statuses(201, 201, 422), Roles.REGISTRAR, statuses(201, 422, 422))),
                new Row("PUT " + ROOT + "/cohorts/{id}/logistics", "cohort", Set.of(Ref.values()),
                        ref -> {
                            String cohort = cohortOrUnknown(ref, "PLANNED");
                            return Attempt.json("PUT", ROOT + "/cohorts/" + cohort + "/logistics",
                                    logistics(25, List.of(PARTNER), List.of()), cohort).ifMatch(ROOT + "/cohorts/" + cohort);
                        },
                        Map.of(Roles.ADMIN, statuses(200, 200, 404), Roles.REGISTRAR, statuses(200, 404, 404))),
                new Row("PUT " + ROOT + "/cohorts/{id}/logistics", "trainer", Set.of(Ref.values()),
                        ref -> {
                            String cohort = Long.toString(cohort(OWN, "PLANNED"));
                            String trainer = officerOrUnknown(ref);
                            return Attempt.json("PUT", ROOT + "/cohorts/" + cohort + "/logistics",
                                    logistics(20, List.of(PARTNER), List.of(Long.parseLong(trainer))), trainer)
                                    .ifMatch(ROOT + "/cohorts/" + cohort);
                        },
                        Map.of(Roles.ADMIN, statuses(200, 200, 422), Roles.REGISTRAR, statuses(200, 422, 422))),
                new Row("POST " + ROOT + "/cohorts/{id}/status", "cohort", Set.of(Ref.values()),
                        ref -> {
                            String cohort = cohortOrUnknown(ref, "PLANNED");
                            return Attempt.json("POST", ROOT + "/cohorts/" + cohort + "/status", Map.of("status", "OPEN"), cohort)
                                    .ifMatch(ROOT + "/cohorts/" + cohort);
                        },
                        Map.of(Roles.ADMIN, statuses(200, 200, 404), Roles.REGISTRAR, statuses(200, 404, 404))),
                new Row("POST " + ROOT + "/cohorts/{cohortId}/enrollments", "cohort", Set.of(Ref.values()),
                        ref -> {
                            String cohort = cohortOrUnknown(ref, "OPEN");
                            return Attempt.json("POST", ROOT + "/cohorts/" + cohort + "/enrollments",
                                    Map.of("participantId", participant(OWN)), cohort);
                        },
                        Map.of(Roles.ADMIN, statuses(201, 201, 404), Roles.REGISTRAR, statuses(201, 404, 404))),
                new Row("POST " + ROOT + "/cohorts/{cohortId}/enrollments", "participant", Set.of(Ref.values()),
                        ref -> {
                            String participant = officerOrUnknown(ref);
                            return Attempt.json("POST", ROOT + "/cohorts/" + cohort(OWN, "OPEN") + "/enrollments",
                                    Map.of("participantId", Long.parseLong(participant)), participant);
                        },
                        Map.of(Roles.ADMIN, statuses(201, 201, 422), Roles.REGISTRAR, statuses(201, 422, 422))),
                new Row("POST " + ROOT + "/cohorts/{cohortId}/enrollments/import", "cohort", Set.of(Ref.values()),
                        ref -> {
                            String cohort = cohortOrUnknown(ref, "OPEN");
                            return new Attempt("POST", ROOT + "/cohorts/" + cohort + "/enrollments/import",
                                    csv(OWN), "text/csv", null, cohort);
                        },
                        Map.of(Roles.ADMIN, statuses(200, 200, 404), Roles.REGISTRAR, statuses(200, 404, 404))),
                new Row("POST " + ROOT + "/cohorts/{cohortId}/enrollments/import", "row institution", Set.of(Ref.OWN, Ref.OTHER),
                        ref -> new Attempt("POST", ROOT + "/cohorts/" + cohort(OWN, "OPEN") + "/enrollments/import",
                                csv(officers(ref)), "text/csv", null, officers(ref)),
                        Map.of(Roles.ADMIN, statuses(200, 200, 0), Roles.REGISTRAR, statuses(200, 422, 0))),
                new Row("POST " + ROOT + "/enrollments/{id}/transitions", "enrollment", Set.of(Ref.values()),
                        ref -> {
                            String enrollment = enrollmentOrUnknown(ref, "OPEN");
                            return Attempt.json("POST", ROOT + "/enrollments/" + enrollment + "/transitions",
                                    Map.of("status", "WITHDRAWN", "reason", "Posted elsewhere"), enrollment);
                        },
                        Map.of(Roles.ADMIN, statuses(200, 200, 404), Roles.REGISTRAR, statuses(200, 404, 404))),
                new Row("DELETE " + ROOT + "/enrollments/{id}", "enrollment", Set.of(Ref.values()),
                        ref -> {
                            String enrollment = enrollmentOrUnknown(ref, "PLANNED");
                            return Attempt.json("DELETE", ROOT + "/enrollments/" + enrollment, null, enrollment);
                        },
                        Map.of(Roles.ADMIN, statuses(204, 204, 404), Roles.REGISTRAR, statuses(204, 404, 404))),
                new Row("POST " + ROOT + "/enrollments/{id}/completion", "enrollment", Set.of(Ref.values()),
                        ref -> {
                            String enrollment = enrollmentOrUnknown(ref, "IN_PROGRESS");
                            return Attempt.json("POST", ROOT + "/enrollments/" + enrollment + "/completion", null, enrollment);
                        },
                        Map.of(Roles.ADMIN, statuses(200, 200, 404), Roles.REGISTRAR, statuses(200, 404, 404))),
                new Row("PUT " + ROOT + "/cohorts/{cohortId}/attendance/{day}", "cohort", Set.of(Ref.values()),
                        ref -> marks(ref, "attendance/" + START, enrollment -> Map.of("enrollmentId", enrollment, "present", true)),
                        Map.of(Roles.ADMIN, statuses(200, 200, 404), Roles.REGISTRAR, statuses(200, 404, 404),
                                Roles.TRAINER, statuses(200, 404, 404))),
                new Row("PUT " + ROOT + "/cohorts/{cohortId}/assessments/{module}", "cohort", Set.of(Ref.values()),
                        ref -> marks(ref, "assessments/MIGRANT-RIGHTS", enrollment -> Map.of("enrollmentId", enrollment, "score", 82.5)),
                        Map.of(Roles.ADMIN, statuses(200, 200, 404), Roles.REGISTRAR, statuses(200, 404, 404),
                                Roles.TRAINER, statuses(200, 404, 404))),
                new Row("PUT " + ROOT + "/cohorts/{cohortId}/attendance/{day}", "enrollment", Set.of(Ref.values()),
                        ref -> enrollmentMarks(ref, "attendance/" + START, enrollment -> Map.of("enrollmentId", enrollment, "present", true)),
                        Map.of(Roles.ADMIN, statuses(200, 422, 422), Roles.REGISTRAR, statuses(200, 422, 422),
                                Roles.TRAINER, statuses(200, 422, 422))),
                new Row("POST " + ROOT + "/outbox/events/{id}/replay", "event", Set.of(Ref.OWN, Ref.UNKNOWN),
                        ref -> {
                            String event = ref == Ref.UNKNOWN ? UUID.randomUUID().toString() : parkedEvent();
                            return Attempt.json("POST", ROOT + "/outbox/events/" + event + "/replay", null, event);
                        },
                        Map.of(Roles.ADMIN, statuses(200, 0, 404))));
    }

    /** An event certification-service refused for good, as the relay parks it. */
    private String parkedEvent() {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event"
                        + " (id, kind, enrollment_id, payload, attempts, last_error, parked_at, park_reason)"
                        + " VALUES (?, 'enrollment.completed', ?, CAST(? AS jsonb), 1, ?, now(), ?)")) {
            insert.setObject(1, id);
            insert.setLong(2, Long.parseLong(UNKNOWN_ID));
            // Replayed, it is delivered to the fake certification-service like any event.
            insert.setString(3, "{\"eventId\":\"" + id + "\",\"enrollmentId\":" + UNKNOWN_ID + "}");
            insert.setString(4, "certification-service answered HTTP 400");
            insert.setString(5, "certification-service answered HTTP 400");
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }

    /** Marks for the cohort's one attending officer; an unknown cohort gets marks naming no enrollment. */
    private Attempt marks(Ref ref, String what, Function<Long, Map<String, Object>> mark) {
        if (ref == Ref.UNKNOWN) {
            return Attempt.json("PUT", ROOT + "/cohorts/" + UNKNOWN_ID + "/" + what, List.of(mark.apply(1L)), UNKNOWN_ID);
        }
        long enrollment = Long.parseLong(enrollmentOrUnknown(ref, "IN_PROGRESS"));
        long cohort = admin().get(ROOT + "/enrollments/" + enrollment).then().statusCode(200).extract().jsonPath().getLong("cohortId");
        return Attempt.json("PUT", ROOT + "/cohorts/" + cohort + "/" + what, List.of(mark.apply(enrollment)), Long.toString(cohort));
    }

    /** Marks in one of the caller's own cohorts, naming an enrollment of it, of another institution's cohort, or none. */
    private Attempt enrollmentMarks(Ref ref, String what, Function<Long, Map<String, Object>> mark) {
        long own = Long.parseLong(enrollmentOrUnknown(Ref.OWN, "IN_PROGRESS"));
        long cohort = admin().get(ROOT + "/enrollments/" + own).then().statusCode(200).extract().jsonPath().getLong("cohortId");
        String named = ref == Ref.OWN ? Long.toString(own) : enrollmentOrUnknown(ref, "IN_PROGRESS");
        return Attempt.json("PUT", ROOT + "/cohorts/" + cohort + "/" + what, List.of(mark.apply(Long.parseLong(named))), named);
    }

    private static Map<Ref, Integer> statuses(int own, int other, int unknown) {
        Map<Ref, Integer> statuses = new EnumMap<>(Ref.class);
        statuses.put(Ref.OWN, own);
        statuses.put(Ref.OTHER, other);
        statuses.put(Ref.UNKNOWN, unknown);
        return statuses;
    }

    private static String institution(Ref ref) {
        return ref == Ref.OWN ? OWN : OTHER;
    }

    private static String officers(Ref ref) {
        return ref == Ref.OWN ? OWN : OTHER_OFFICERS;
    }

    private static Map<String, Object> person(String institution) {
        Map<String, Object> person = new LinkedHashMap<>(Map.of("givenName", "Aïcha", "familyName", "Maïga",
                "serviceNumber", unique("SN"), "gender", "FEMALE"));
        if (institution != null) {
            person.put("institution", institution);
        }
        return person;
    }

    private static String csv(String institution) {
        return "given_name,family_name,service_number,gender,institution\nAmina,Tazi," + unique("SN") + ",FEMALE," + institution + "\n";
    }

    private static long participant(String institution) {
        return admin().body(person(institution)).post(ROOT + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String officerOrUnknown(Ref ref) {
        return ref == Ref.UNKNOWN ? UNKNOWN_ID : Long.toString(participant(officers(ref)));
    }

    private String cohortOrUnknown(Ref ref, String status) {
        return ref == Ref.UNKNOWN ? UNKNOWN_ID : Long.toString(cohort(institution(ref), status));
    }

    /** An enrollment of an officer of the cohort's host, confirmed, in a cohort moved to the status given. */
    private String enrollmentOrUnknown(Ref ref, String status) {
        if (ref == Ref.UNKNOWN) {
            return UNKNOWN_ID;
        }
        String host = institution(ref);
        long cohort = cohort(host, "PLANNED");
        long enrollment = admin().body(Map.of("participantId", participant(officers(ref)), "confirm", status.equals("OPEN")
                        || status.equals("IN_PROGRESS")))
                .post(ROOT + "/cohorts/" + cohort + "/enrollments").then().statusCode(201).extract().jsonPath().getLong("id");
        moveTo(cohort, status);
        return Long.toString(enrollment);
    }

    /** A cohort of the host, taught by the matrix's trainer when DGSN hosts it and shared with CNDH. */
    private long cohort(String host, String status) {
        List<Long> trainers = host.equals(OWN) ? List.of(trainerId()) : List.of();
        List<String> partners = host.equals(OWN) ? List.of(PARTNER) : List.of();
        long cohort = admin().body(cohortRequest(publishedProgramme("NONE"), host, logistics(20, partners, trainers)))
                .post(ROOT + "/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
        moveTo(cohort, status);
        return cohort;
    }

    private static void moveTo(long cohort, String status) {
        List<String> path = List.of("PLANNED", "OPEN", "IN_PROGRESS");
        for (String next : path.subList(1, path.indexOf(status) + 1)) {
            String etag = admin().get(ROOT + "/cohorts/" + cohort).then().extract().header("ETag");
            admin().header("If-Match", etag).body(Map.of("status", next)).post(ROOT + "/cohorts/" + cohort + "/status")
                    .then().statusCode(200);
        }
    }

    private long trainerId() {
        trainer();
        return trainerId;
    }

    private String trainer() {
        if (trainerAccount == null) {
            trainerAccount = unique("matrix-trainer");
            Map<String, Object> person = person(OWN);
            person.put("account", trainerAccount);
            trainerId = admin().contentType(ContentType.JSON).body(person).post(ROOT + "/participants").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
        }
        return trainerAccount;
    }
}
