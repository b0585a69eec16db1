package org.sanad.certification;

import static java.util.Map.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.anyone;
import static org.sanad.certification.testing.CertificationApi.nextEnrollment;
import static org.sanad.certification.testing.CertificationApi.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.testing.ApiExamplesContract;
import org.sanad.common.testing.DocumentedExamples.Example;
import org.sanad.common.testing.SanadTestEnvironment;

/**
 * Every request example certification-service documents is accepted by it, sent by the role that
 * calls the operation: enrollment-service's service account for a completion, an admin for records and
 * changes of status, anyone for verification. A completion gets an event and an enrollment of its own
 * (the service is idempotent on both, and the test database outlives a run); the certificate a change
 * of status or a renewal names is recorded from the record example first (a suspension before a
 * reinstatement); the credential to verify is the one the completion example's certificate carries.
 */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ApiExamplesTest extends ApiExamplesContract {

    @Override
    protected Map<String, Consumer<Example>> senders() {
        return Map.ofEntries(
                entry("receiveCompletion", example -> completed()),
                entry("recordCertificate", example -> example.sendAs(admin()).statusCode(201).body("status", equalTo("ACTIVE"))),
                entry("issueCertificates", example -> example.sendAs(admin()).statusCode(201)
                        .body("size()", equalTo(example.value().path("certificates").size()))),
                entry("suspendCertificate", example -> example.sendAs(admin(), recorded()).statusCode(200)
                        .body("status", equalTo("SUSPENDED"))),
                entry("reinstateCertificate", example -> {
                    String certificate = recorded();
                    examples().example("suspendCertificate").sendAs(admin(), certificate).statusCode(200);
                    example.sendAs(admin(), certificate).statusCode(200).body("status", equalTo("ACTIVE"));
                }),
                entry("revokeCertificate", example -> example.sendAs(admin(), recorded()).statusCode(200)
                        .body("status", equalTo("REVOKED"))),
                entry("renewCertificate", example -> {
                    String certificate = recorded();
                    example.sendAs(admin(), certificate).statusCode(201).body("supersedes", equalTo(certificate));
                }),
                entry("verifyCredential", example -> {
                    example.sendAs(anyone()).statusCode(200).body("valid", equalTo(false));
                    String credential = admin().get("/api/certification/certificates/" + completed().getString("certificateId"))
                            .then().statusCode(200).extract().path("credential");
                    example.with("/credential", credential).sendAs(anyone()).statusCode(200).body("valid", equalTo(true));
                }));
    }

    /** The completion example, as a new event of a new enrollment, and what the service answered. */
    private JsonPath completed() {
        return examples().example("receiveCompletion").with("/eventId", UUID.randomUUID()).with("/enrollmentId", nextEnrollment())
                .sendAs(service()).statusCode(201).body("outcome", equalTo("ISSUED")).extract().jsonPath();
    }

    /** A certificate recorded from the record example, active; its id. */
    private String recorded() {
        return examples().example("recordCertificate").sendAs(admin()).statusCode(201).extract().path("id");
    }
}
