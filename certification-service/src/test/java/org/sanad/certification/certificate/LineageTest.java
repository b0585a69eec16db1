package org.sanad.certification.certificate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.sanad.certification.testing.CertificationApi.ROOT;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.as;
import static org.sanad.certification.testing.CertificationApi.auditor;
import static org.sanad.certification.testing.CertificationApi.record;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LineageTest {

    private static final AtomicLong PARTICIPANTS = new AtomicLong(10_000_000_000L + System.nanoTime() % 1_000_000_000L * 10);

    @Test
    void auditorsSeeWhetherEachTrainerWasACertifiedTrainerThroughoutTheTraining() {
        long expired = PARTICIPANTS.incrementAndGet();
        long certified = PARTICIPANTS.incrementAndGet();
        long uncertified = PARTICIPANTS.incrementAndGet();
        long inError = PARTICIPANTS.incrementAndGet();
        trainerCertificate(expired, LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 8));
        String later = trainerCertificate(certified, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 7));
        String wrong = trainerCertificate(inError, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 12));
        admin().body(Map.of("reason", "ISSUED_IN_ERROR")).post(ROOT + "/certificates/" + wrong + "/revocation").then().statusCode(200);
        // Revoked after the training it gave: that training stays well given.
        admin().body(Map.of("reason", "MISCONDUCT_FINDING")).post(ROOT + "/certificates/" + later + "/revocation").then().statusCode(200);

        String trainee = certificate(PARTICIPANTS.incrementAndGet(), LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 6),
                List.of(expired, certified, uncertified, inError));
        auditor().get(ROOT + "/certificates/" + trainee + "/lineage").then().statusCode(200)
                .body("allTrainersCertified", equalTo(false))
                .body("trainers.participantId", contains(expired, certified, uncertified, inError))
                .body("trainers.certifiedThroughout", contains(false, true, false, false))
                .body("trainers.flag", contains("EXPIRED", null, "NO_TRAINER_CERTIFICATE", "REVOKED"))
                .body("trainers[1].name", equalTo("Trainer " + certified + " Traoré"));

        String beforeCertified = certificate(PARTICIPANTS.incrementAndGet(), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 5, 31),
                List.of(certified));
        auditor().get(ROOT + "/certificates/" + beforeCertified + "/lineage").then().statusCode(200)
                .body("trainers[0].flag", equalTo("NOT_YET_CERTIFIED")).body("allTrainersCertified", equalTo(false));

        as(Roles.REGISTRAR).get(ROOT + "/certificates/" + trainee + "/lineage").then().statusCode(403);
        auditor().get(ROOT + "/certificates/00000000-0000-0000-0000-000000000001/lineage").then().statusCode(404);
    }

    private static String trainerCertificate(long participantId, LocalDate start, LocalDate end) {
        return certificate(participantId, start, end, List.of());
    }

    @SuppressWarnings("unchecked")
    private static String certificate(long participantId, LocalDate start, LocalDate end, List<Long> trainers) {
        Map<String, Object> request = new HashMap<>(record("Trainer " + participantId, null, start, end, 36));
        Map<String, Object> holder = new HashMap<>((Map<String, Object>) request.get("holder"));
        holder.put("participantId", participantId);
        request.put("holder", holder);
        Map<String, Object> training = new HashMap<>((Map<String, Object>) request.get("training"));
        training.put("trainerIds", trainers);
        request.put("training", training);
        return admin().body(request).post(ROOT + "/certificates").then().statusCode(201).extract().path("id");
    }
}
