package org.sanad.curriculum;

import static java.util.Map.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.sanad.curriculum.testing.CurriculumApi.author;
import static org.sanad.curriculum.testing.CurriculumApi.etag;
import static org.sanad.curriculum.testing.CurriculumApi.publish;
import static org.sanad.curriculum.testing.CurriculumApi.unique;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.function.Consumer;
import org.sanad.common.testing.ApiExamplesContract;
import org.sanad.common.testing.DocumentedExamples.Example;
import org.sanad.common.testing.SanadTestEnvironment;

/**
 * Every request example curriculum-service documents is accepted by it, sent by a curriculum author.
 * The test database outlives a run, so codes the examples create are made unique, and the modules a
 * programme example names are published from the module example first and put in their place; the
 * versions an edit or a move names are created from the examples of their series.
 */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "curriculum_test"))
class ApiExamplesTest extends ApiExamplesContract {

    @Override
    protected Map<String, Consumer<Example>> senders() {
        return Map.ofEntries(
                entry("addDomain", example -> example.with("/code", unique("IDENTITY_CHECKS").replace('-', '_'))
                        .sendAs(author()).statusCode(201)),
                entry("addInstrument", example -> example.with("/code", unique("MA-LAW")).sendAs(author()).statusCode(201)),
                entry("addProvision", example -> {
                    String instrument = instrument();
                    example.with("/code", instrument + "-34").sendAs(author(), instrument).statusCode(201)
                            .body("instrument", equalTo(instrument));
                }),
                entry("addStandardsProfile", example -> example.with("/code", unique("MIGRATION-POLICING"))
                        .sendAs(author()).statusCode(201)),
                entry("createModule", example -> example.with("/code", unique("CUSTODY-SAFEGUARDS"))
                        .sendAs(author()).statusCode(201).body("status", equalTo("DRAFT"))),
                entry("editModuleVersion", example -> {
                    String module = module();
                    example.sendAs(author().header("If-Match", etag("modules", module, 1)), module, 1).statusCode(200);
                }),
                entry("changeModuleVersionStatus", example -> {
                    String module = module();
                    example.sendAs(author().header("If-Match", etag("modules", module, 1)), module, 1).statusCode(200)
                            .body("status", equalTo("IN_REVIEW"));
                }),
                entry("createProgramme", example -> withPublishedModules(example.with("/code", unique("TOT-MIGRATION")))
                        .sendAs(author()).statusCode(201)),
                entry("editProgrammeVersion", example -> {
                    String programme = programme();
                    withPublishedModules(example)
                            .sendAs(author().header("If-Match", etag("programmes", programme, 1)), programme, 1).statusCode(200);
                }),
                entry("changeProgrammeVersionStatus", example -> {
                    String programme = programme();
                    example.sendAs(author().header("If-Match", etag("programmes", programme, 1)), programme, 1)
                            .statusCode(200).body("status", equalTo("IN_REVIEW"));
                }));
    }

    private String instrument() {
        String code = unique("MA-LAW");
        examples().example("addInstrument").with("/code", code).sendAs(author()).statusCode(201);
        return code;
    }

    /** A module created from the module example, as a draft at version 1. */
    private String module() {
        String code = unique("CUSTODY-SAFEGUARDS");
        examples().example("createModule").with("/code", code).sendAs(author()).statusCode(201);
        return code;
    }

    /** A programme created from the programme example, as a draft at version 1. */
    private String programme() {
        String code = unique("TOT-MIGRATION");
        withPublishedModules(examples().example("createProgramme").with("/code", code)).sendAs(author()).statusCode(201);
        return code;
    }

    /** The programme example with each module it names replaced by a module just published. */
    private Example withPublishedModules(Example programme) {
        Example published = programme;
        for (int i = 0; i < programme.value().path("modules").size(); i++) {
            String module = module();
            publish("modules", module, 1);
            published = published.with("/modules/" + i + "/module", module);
        }
        return published;
    }
}
