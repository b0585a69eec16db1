package org.sanad.curriculum.module;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.sanad.curriculum.testing.CurriculumApi.ROOT;
import static org.sanad.curriculum.testing.CurriculumApi.as;
import static org.sanad.curriculum.testing.CurriculumApi.author;
import static org.sanad.curriculum.testing.CurriculumApi.module;
import static org.sanad.curriculum.testing.CurriculumApi.objective;
import static org.sanad.curriculum.testing.CurriculumApi.publish;
import static org.sanad.curriculum.testing.CurriculumApi.unique;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "curriculum_test"))
class ModuleSearchTest {

    private String tag;
    private String stopSearch;
    private String childOnline;
    private String draft;

    @BeforeEach
    void fixture() {
        tag = "zq" + unique("t").replace("-", "").toLowerCase();
        stopSearch = create("STOP", "Stop and search " + tag, "FUNDAMENTAL", "STOP_AND_SEARCH", List.of("ar", "fr"),
                objective("O1", "Reasonable suspicion, not profiling", "ICCPR-26", "ICCPR-17"));
        childOnline = create("OCSEA", "Online child sexual exploitation " + tag, "SPECIALIZED",
                "ONLINE_CHILD_SEXUAL_EXPLOITATION", List.of("fr", "en"),
                objective("O1", "Preserve stored computer data quickly", "BUDAPEST-16"),
                objective("O2", "Child-friendly interviews", "LANZAROTE-35"));
        publish("modules", stopSearch, 1);
        publish("modules", childOnline, 1);
        draft = create("DRAFT", "Unpublished draft " + tag, "FUNDAMENTAL", "STOP_AND_SEARCH", List.of("ar"),
                objective("O1", "x", "ICCPR-17"));
    }

    @Test
    void findsByFreeText() {
        as(Roles.PARTNER).queryParam("q", tag).get(ROOT + "/modules").then().statusCode(200)
                .body("items.code", contains(childOnline, stopSearch));
        as(Roles.PARTNER).queryParam("q", "exploitation " + tag).get(ROOT + "/modules")
                .then().body("items.code", contains(childOnline));
    }

    @Test
    void filtersByTrackDomainLanguageProvisionAndInstrument() {
        search(Map.of("track", "SPECIALIZED")).then().body("items.code", contains(childOnline));
        search(Map.of("domain", "STOP_AND_SEARCH")).then().body("items.code", contains(stopSearch));
        search(Map.of("language", "en")).then().body("items.code", contains(childOnline));
        search(Map.of("language", "ar")).then().body("items.code", contains(stopSearch));
        search(Map.of("provision", "ICCPR-26")).then().body("items.code", contains(stopSearch));
        search(Map.of("instrument", "LANZAROTE")).then().body("items.code", contains(childOnline));
        search(Map.of("instrument", "UNCAT")).then().body("items", empty());
    }

    @Test
    void showsDraftsToAuthorsOnly() {
        search(Map.of()).then().body("items.code", not(hasItem(draft)));
        search(Map.of("status", "DRAFT")).then().body("items", empty());
        author().queryParam("q", tag).queryParam("status", "DRAFT").get(ROOT + "/modules")
                .then().body("items.code", contains(draft));
    }

    @Test
    void pagesInAStableOrderWithoutRepeats() {
        author().queryParam("q", tag).queryParam("size", 2).get(ROOT + "/modules").then()
                .body("items", hasSize(2)).body("next", notNullValue())
                .extract().path("next");
        String next = author().queryParam("q", tag).queryParam("size", 2).get(ROOT + "/modules").then().extract().path("next");
        author().queryParam("q", tag).queryParam("size", 2).queryParam("cursor", next).get(ROOT + "/modules")
                .then().body("items.code", contains(stopSearch)).body("next", nullValue());
        as(Roles.PARTNER).queryParam("size", 501).get(ROOT + "/modules").then().statusCode(400)
                .contentType("application/problem+json");
        as(Roles.PARTNER).queryParam("cursor", "garbage").get(ROOT + "/modules").then().statusCode(400);
    }

    private io.restassured.response.Response search(Map<String, String> filters) {
        Map<String, Object> params = new HashMap<>(filters);
        params.put("q", tag);
        return as(Roles.PARTNER).queryParams(params).get(ROOT + "/modules");
    }

    @SafeVarargs
    private static String create(String prefix, String title, String track, String domain, List<String> languages,
            Map<String, Object>... objectives) {
        String code = unique(prefix);
        Map<String, Object> body = new HashMap<>(module(code, title, 4, objectives));
        body.put("track", track);
        body.put("domain", domain);
        body.put("languages", languages);
        author().body(body).post(ROOT + "/modules").then().statusCode(201);
        return code;
    }
}
