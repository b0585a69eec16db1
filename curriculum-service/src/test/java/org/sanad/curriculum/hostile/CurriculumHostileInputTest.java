package org.sanad.curriculum.hostile;

import static org.sanad.curriculum.testing.CurriculumApi.ROOT;
import static org.sanad.curriculum.testing.CurriculumApi.author;
import static org.sanad.curriculum.testing.CurriculumApi.module;
import static org.sanad.curriculum.testing.CurriculumApi.objective;
import static org.sanad.curriculum.testing.CurriculumApi.programme;
import org.sanad.curriculum.testing.CurriculumApi;
import static org.sanad.curriculum.testing.CurriculumApi.ref;
import static org.sanad.curriculum.testing.CurriculumApi.unique;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.hostile.HostileInputContract;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "curriculum_test"))
class CurriculumHostileInputTest extends HostileInputContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String publishedModule;
    private String draftModule;
    private String draftProgramme;

    @BeforeEach
    void draftsToSpoil() {
        if (draftModule != null) {
            return;
        }
        publishedModule = CurriculumApi.publishedModule("HOSTILE-BASE", 6, objective("O1", "Explains the safeguards", "UNCAT-2"));
        draftModule = unique("HOSTILE-MOD");
        author().body(module(draftModule, "Hostile input", 6, objective("O1", "Explains", "UNCAT-2")))
                .post(ROOT + "/modules").then().statusCode(201);
        draftProgramme = unique("HOSTILE-PRG");
        author().body(programme(draftProgramme, List.of(ref(publishedModule, 1)))).post(ROOT + "/programmes").then().statusCode(201);
    }

    @Override
    protected JsonNode plausibleBody(String operation, JsonNode fromExamples) {
        return switch (operation) {
            case "POST " + ROOT + "/modules" -> JSON.valueToTree(module(unique("HOSTILE-NEW"), "Arrest", 6,
                    objective("O1", "Explains the reasons for arrest", "UNCAT-2")));
            case "PUT " + ROOT + "/modules/{code}/versions/{version}" -> JSON.valueToTree(module(draftModule, "Arrest", 6,
                    objective("O1", "Explains the reasons for arrest", "UNCAT-2")));
            case "POST " + ROOT + "/programmes" -> JSON.valueToTree(programme(unique("HOSTILE-NEW"), List.of(ref(publishedModule, 1))));
            case "PUT " + ROOT + "/programmes/{code}/versions/{version}" ->
                    JSON.valueToTree(programme(draftProgramme, List.of(ref(publishedModule, 1))));
            default -> fromExamples;
        };
    }

    @Override
    protected String pathValue(String path, String parameter) {
        return switch (parameter) {
            case "version" -> "1";
            case "code" -> path.startsWith(ROOT + "/modules") ? draftModule
                    : path.startsWith(ROOT + "/programmes") ? draftProgramme
                    : path.startsWith(ROOT + "/provisions") ? "UNCAT-2"
                    : path.startsWith(ROOT + "/profiles") ? "CUSTODY-OFFICERS"
                    : "UNCAT";
            default -> "1";
        };
    }
}
