package org.sanad.certification.hostile;

import static org.sanad.certification.testing.CertificationApi.completion;
import static org.sanad.certification.testing.CertificationApi.issued;
import static org.sanad.certification.testing.CertificationApi.nextEnrollment;
import static org.sanad.certification.testing.CertificationApi.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.hostile.HostileInputContract;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CertificationHostileInputTest extends HostileInputContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonPath certificate;

    @BeforeEach
    void certificateToSpoil() {
        if (certificate == null) {
            certificate = issued("hostile-holder");
        }
    }

    @Override
    protected String pathValue(String path, String parameter) {
        return switch (parameter) {
            case "id" -> certificate.getString("id");
            case "code" -> certificate.getString("verificationCode");
            case "purpose" -> "revocation";
            case "list" -> "1";
            default -> "1";
        };
    }

    @Override
    protected JsonNode plausibleBody(String operation, JsonNode fromExamples) {
        LocalDate start = LocalDate.of(2023, 5, 2);
        return switch (operation) {
            case "POST /api/certification/completions" -> JSON.valueToTree(completion(nextEnrollment(), "hostile-holder", "TRAINER"));
            case "POST /api/certification/certificates" -> JSON.valueToTree(record("Aminata", null, start, start.plusDays(2), 36));
            case "POST /api/certification/certificates/batch" -> JSON.valueToTree(Map.of("certificates",
                    List.of(record("Aminata", null, start, start.plusDays(2), 36))));
            default -> fromExamples;
        };
    }
}
