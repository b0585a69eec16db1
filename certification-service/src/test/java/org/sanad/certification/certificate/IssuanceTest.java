package org.sanad.certification.certificate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.certification.testing.CertificationApi.ROOT;
import static org.sanad.certification.testing.CertificationApi.account;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.as;
import static org.sanad.certification.testing.CertificationApi.completion;
import static org.sanad.certification.testing.CertificationApi.nextEnrollment;
import static org.sanad.certification.testing.CertificationApi.record;
import static org.sanad.certification.testing.CertificationApi.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.contract.CompletionEvent;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.contract.CompletionEventSamples;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IssuanceTest {

    @Inject
    ObjectMapper json;

    @Test
    void issuesOneCertificateFromACompletionEventWhateverTheRedelivery() {
        long enrollment = nextEnrollment();
        Map<String, Object> event = completion(enrollment, "officer-" + enrollment, "TRAINER");
        String id = service().body(event).post(ROOT + "/completions").then().statusCode(201)
                .body("outcome", equalTo("ISSUED")).body("repeated", equalTo(false))
                .body("serial", matchesPattern("SANAD-\\d{4}-\\d{6}")).extract().path("certificateId");

        service().body(event).post(ROOT + "/completions").then().statusCode(200)
                .body("outcome", equalTo("ISSUED")).body("repeated", equalTo(true)).body("certificateId", equalTo(id));

        admin().get(ROOT + "/certificates/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("verificationCode", matchesPattern("[A-Z2-7]{16}"))
                .body("verificationUrl", matchesPattern(CertificateSigningKey.PUBLIC_URL + "/verify/[A-Z2-7]{16}"))
                .body("holder.givenName", equalTo("Fatima Zahra"))
                .body("programme.kind", equalTo("TRAINER"))
                .body("standards.provision", contains("ICRMW-16", "UNCAT-11"))
                .body("issuingInstitutions", contains("DGSN", "CNDH"))
                .body("enrollmentId", equalTo(enrollment));
    }

    /**
     * The consumer's half of the completion contract: an event with every field at the limit the shared
     * record declares (which enrollment-service's half proves its columns stay within) is accepted whole.
     */
    @Test
    void issuesFromTheLargestEventTheContractAllows() throws Exception {
        long enrollment = nextEnrollment();
        CompletionEvent event = CompletionEventSamples.maximal(UUID.randomUUID(), enrollment, "DGSN", "TOT-MAX-" + enrollment);

        String id = service().body(json.writeValueAsString(event)).post(ROOT + "/completions").then().statusCode(201)
                .body("outcome", equalTo("ISSUED")).extract().path("certificateId");
        admin().get(ROOT + "/certificates/" + id).then().statusCode(200)
                .body("holder.givenName", equalTo(event.participant().givenName()))
                .body("holder.familyName", equalTo(event.participant().familyName()))
                .body("holder.serviceNumber", equalTo(event.participant().serviceNumber()))
                .body("training.location", equalTo(event.cohort().location()))
                .body("programme.title", equalTo(event.programme().title()))
                .body("standards", hasSize(event.programme().standards().size()))
                .body("standards[499].shortTitle", equalTo(event.programme().standards().get(499).shortTitle()));
        account(event.participant().account(), Roles.TRAINER).get(ROOT + "/certificates/" + id).then().statusCode(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCertificatePrintsInTheLanguageItsCohortWasTaughtInWhereItCan() {
        for (Map.Entry<String, String> taught : Map.of("ar-MA", "ar", "fr", "fr", "es", "en").entrySet()) {
            Map<String, Object> event = new HashMap<>(completion(nextEnrollment(), null, "TRAINER"));
            Map<String, Object> cohort = new HashMap<>((Map<String, Object>) event.get("cohort"));
            cohort.put("language", taught.getKey());
            event.put("cohort", cohort);
            String id = service().body(event).post(ROOT + "/completions").then().statusCode(201).extract().path("certificateId");
            admin().get(ROOT + "/certificates/" + id).then().statusCode(200).body("holder.language", equalTo(taught.getValue()));
        }
    }

    @Test
    void concurrentDeliveriesOfTheSameEventIssueExactlyOneCertificate() throws Exception {
        long enrollment = nextEnrollment();
        Map<String, Object> event = completion(enrollment, null, "TRAINER");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> deliveries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                deliveries.add(() -> service().body(event).post(ROOT + "/completions").then()
                        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201))).extract().path("certificateId"));
            }
            Set<String> certificates = new HashSet<>();
            for (Future<String> answer : pool.invokeAll(deliveries)) {
                certificates.add(answer.get());
            }
            assertEquals(1, certificates.size(), "every delivery names the same certificate");
        } finally {
            pool.shutdownNow();
        }
        admin().get(ROOT + "/certificates?participantId=" + (enrollment + 7)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anEnrollmentHoldsAtMostOneCertificateInForce() {
        long enrollment = nextEnrollment();
        String first = service().body(completion(enrollment, null, "TRAINER")).post(ROOT + "/completions").then()
                .statusCode(201).extract().path("certificateId");
        service().body(completion(enrollment, null, "TRAINER")).post(ROOT + "/completions").then().statusCode(200)
                .body("outcome", equalTo("ALREADY_CERTIFIED")).body("certificateId", equalTo(first));

        Map<String, Object> again = new HashMap<>(record("Awa", null, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10), 24));
        again.put("enrollmentId", enrollment);
        admin().body(again).post(ROOT + "/certificates").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aProgrammeWithoutCertificateGetsNone() {
        service().body(completion(nextEnrollment(), null, "NONE")).post(ROOT + "/completions").then().statusCode(200)
                .body("outcome", equalTo("NO_CERTIFICATE")).body("certificateId", equalTo(null));
    }

    @Test
    void refusesBadEventsWithProblems() {
        Map<String, Object> event = new HashMap<>(completion(nextEnrollment(), null, "TRAINER"));
        event.remove("participant");
        service().body(event).post(ROOT + "/completions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("participant"));

        service().body(completion(nextEnrollment(), null, "DIPLOMA")).post(ROOT + "/completions").then().statusCode(422)
                .contentType("application/problem+json");
        service().body("{not json").post(ROOT + "/completions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheServiceAndAdminsDeliverCompletions() {
        for (String role : List.of(Roles.REGISTRAR, Roles.TRAINER, Roles.PARTNER, Roles.AUDITOR)) {
            as(role).body(completion(nextEnrollment(), null, "TRAINER")).post(ROOT + "/completions").then().statusCode(403);
        }
        io.restassured.RestAssured.given().contentType("application/json").body(completion(nextEnrollment(), null, "TRAINER"))
                .post(ROOT + "/completions").then().statusCode(401);
    }

    @Test
    void adminsRecordPastTrainingsAndIssueInBulkAllOrNothing() {
        admin().body(record("Moussa", null, LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 17), null))
                .post(ROOT + "/certificates").then().statusCode(201)
                .body("validFrom", equalTo("2019-05-17T00:00:00Z")).body("validUntil", equalTo(null))
                .body("holder.language", equalTo("fr")).body("issuingInstitutions", contains("PN-MALI", "MINUSMA"));

        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            batch.add(record("Aminata " + i, null, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8), 36));
        }
        List<String> serials = admin().body(Map.of("certificates", batch)).post(ROOT + "/certificates/batch").then()
                .statusCode(201).body("$", hasSize(25)).extract().path("serial");
        assertEquals(25, new HashSet<>(serials).size());

        batch.add(record("Late", null, LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 4), 36));
        admin().body(Map.of("certificates", batch)).post(ROOT + "/certificates/batch").then().statusCode(422)
                .body("errors.field", contains("certificates[25].training.endDate"));
        admin().get(ROOT + "/certificates?programme=JUDICIAL-POLICE-MALI&size=500").then().statusCode(200)
                .body("items.holder.givenName", not(org.hamcrest.Matchers.hasItem("Late")));

        as(Roles.REGISTRAR).body(record("Nope", null, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8), 36))
                .post(ROOT + "/certificates").then().statusCode(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchRetriedWithItsIdempotencyKeyGetsTheFirstCertificatesAndIssuesNothingNew() {
        String programme = "IDEMPOTENT-" + nextEnrollment();
        List<Map<String, Object>> certificates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> one = new HashMap<>(record("Oumou " + i, null, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 7), 36));
            Map<String, Object> certified = new HashMap<>((Map<String, Object>) one.get("programme"));
            certified.put("code", programme);
            one.put("programme", certified);
            certificates.add(one);
        }
        Map<String, Object> batch = Map.of("certificates", certificates);
        String key = "batch-" + UUID.randomUUID();

        List<String> first = admin().header("Idempotency-Key", key).body(batch).post(ROOT + "/certificates/batch").then()
                .statusCode(201).header("Idempotent-Replayed", equalTo(null)).extract().path("id");
        List<String> retried = admin().header("Idempotency-Key", key).body(batch).post(ROOT + "/certificates/batch").then()
                .statusCode(201).header("Idempotent-Replayed", equalTo("true")).extract().path("id");
        assertEquals(first, retried);

        List<Map<String, Object>> changed = new ArrayList<>(certificates);
        changed.remove(2);
        admin().header("Idempotency-Key", key).body(Map.of("certificates", changed)).post(ROOT + "/certificates/batch")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("Idempotency-Key"));
        admin().header("Idempotency-Key", "k".repeat(256)).body(batch).post(ROOT + "/certificates/batch").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("Idempotency-Key"));
        admin().header("Idempotency-Key", "é".repeat(3)).body(batch).post(ROOT + "/certificates/batch").then().statusCode(400)
                .contentType("application/problem+json");
        admin().get(ROOT + "/certificates?programme=" + programme).then().statusCode(200).body("items", hasSize(3));

        // A key is its caller's: another admin using the same string issues its own batch.
        account("another-admin", Roles.ADMIN).header("Idempotency-Key", key).body(batch).post(ROOT + "/certificates/batch")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
        admin().get(ROOT + "/certificates?programme=" + programme).then().statusCode(200).body("items", hasSize(6));
    }

    @Test
    void aReusedEventIdWithAnotherBodyIsRefusedNotTakenForARepeat() {
        long enrollment = nextEnrollment();
        Map<String, Object> event = completion(enrollment, null, "TRAINER");
        service().body(event).post(ROOT + "/completions").then().statusCode(201);

        Map<String, Object> other = new HashMap<>(completion(nextEnrollment(), null, "TRAINER"));
        other.put("eventId", event.get("eventId"));
        service().body(other).post(ROOT + "/completions").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("eventId"));
        service().body(event).post(ROOT + "/completions").then().statusCode(200).body("repeated", equalTo(true));
    }
}
