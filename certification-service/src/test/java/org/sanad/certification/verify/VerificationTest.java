package org.sanad.certification.verify;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.certification.testing.CertificationApi.ROOT;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.anyone;
import static org.sanad.certification.testing.CertificationApi.issued;
import static org.sanad.certification.testing.CertificationApi.record;
import static org.sanad.common.testing.BrowserPages.assertHardened;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.testing.SanadTestEnvironment;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class VerificationTest {

    @Test
    void anyoneVerifiesByCodeAndSeesOnlyWhatIdentifiesTheHolder() {
        JsonPath certificate = issued("holder-verify");
        String code = certificate.getString("verificationCode");

        anyone().get("/verify/" + code).then().statusCode(200).contentType("application/json")
                .body("status", equalTo("valid"))
                .body("serial", equalTo(certificate.getString("serial")))
                .body("holderName", equalTo("Fatima Zahra El Amrani"))
                .body("issuingInstitutions[1]", equalTo("CNDH"))
                .body("$", not(hasKey("serviceNumber"))).body("$", not(hasKey("holderServiceNumber")));
        String typed = code.toLowerCase().substring(0, 8) + "-" + code.toLowerCase().substring(8);
        anyone().get("/verify/" + typed).then().statusCode(200).body("status", equalTo("valid"));
    }

    @Test
    void anUnknownCodeRevealsNothingAndAMalformedOneIsAProblem() {
        anyone().get("/verify/AAAAAAAAAAAAAAAA").then().statusCode(200).body("status", equalTo("unknown"))
                .body("$", not(hasKey("serial")));
        anyone().get("/verify/not-a-code!").then().statusCode(400).contentType("application/problem+json");
        anyone().get("/verify/ABCDEFGHIJKLMNO1").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aProgramThatAcceptsBothGetsJsonAndABrowserGetsThePage() {
        anyone().accept("application/json, text/html, application/problem+json").get("/verify/AAAAAAAAAAAAAAAA")
                .then().statusCode(200).contentType("application/json").body("status", equalTo("unknown"));
        anyone().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get("/verify/AAAAAAAAAAAAAAAA")
                .then().statusCode(200).contentType(containsString("text/html"));
        anyone().accept("*/*").get("/verify/AAAAAAAAAAAAAAAA").then().statusCode(200).contentType("application/json");
    }

    @Test
    void peopleGetAPageInEnglishFrenchOrArabicWithNamesInTheirOwnDirection() {
        Map<String, Object> request = new HashMap<>(record("عائشة", null, LocalDate.of(2024, 10, 7), LocalDate.of(2024, 10, 11), 36));
        String code = admin().body(request).post(ROOT + "/certificates").then().statusCode(201).extract().path("verificationCode");

        assertHardened(anyone().accept("text/html").get("/verify/" + code).then().statusCode(200)).contentType(containsString("text/html"))
                .header("Content-Language", "en").header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"en\" dir=\"ltr\">")).body(containsString("Certificate verification"))
                .body(containsString("<bdi dir=\"auto\">عائشة Traoré</bdi>"))
                .body(containsString("7 October 2024 to 11 October 2024"))
                .body(containsString("<a href=\"?lang=fr\" hreflang=\"fr\" lang=\"fr\" dir=\"ltr\">Français</a>"))
                .body(containsString("<a href=\"?lang=ar\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"))
                .body(containsString("name=\"viewport\""));
        anyone().accept("text/html").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").get("/verify/" + code).then()
                .statusCode(200).header("Content-Language", "fr")
                .body(containsString("<html lang=\"fr\" dir=\"ltr\">")).body(containsString("Vérification de certificat"))
                .body(containsString("Valide")).body(containsString("7 octobre 2024 au 11 octobre 2024"))
                .body(containsString("hreflang=\"en\"")).body(containsString("hreflang=\"ar\""));
        assertHardened(anyone().accept("text/html").header("Accept-Language", "ar-MA, fr;q=0.8").get("/verify/" + code).then()
                .statusCode(200)).header("Content-Language", "ar")
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">")).body(containsString("التحقق من الشهادة"))
                .body(containsString(">صالحة<")).body(containsString("7 أكتوبر 2024 إلى 11 أكتوبر 2024"))
                .body(containsString("hreflang=\"en\"")).body(containsString("hreflang=\"fr\""));
        anyone().accept("text/html").header("Accept-Language", "de, en;q=0.3, fr;q=0.7").get("/verify/" + code + "?lang=ar")
                .then().statusCode(200).body(containsString("<html lang=\"ar\" dir=\"rtl\">"));
        anyone().accept("text/html").header("Accept-Language", "de, en;q=0.3, fr;q=0.7").get("/verify/" + code)
                .then().statusCode(200).body(containsString("<html lang=\"fr\""));
        anyone().accept("text/html").header("Accept-Language", "de-CH, es;q=0.5").get("/verify/" + code + "?lang=xx")
                .then().statusCode(200).body(containsString("<html lang=\"en\""));
        anyone().accept("text/html").header("Accept-Language", ";;q=x,,").get("/verify/" + code)
                .then().statusCode(400).contentType("application/problem+json");
        assertHardened(anyone().accept("text/html").get("/verify/AAAAAAAAAAAAAAAA?lang=fr").then().statusCode(200))
                .body(containsString("Aucun certificat ne porte ce code"));
        anyone().accept("text/html").get("/verify/AAAAAAAAAAAAAAAA?lang=ar").then().statusCode(200)
                .body(containsString("لا توجد شهادة بهذا الرمز"));
    }

    @Test
    void aVerifierRevalidatesWithItsETagAndSeesAStatusChangeAtOnce() {
        String id = admin().body(record("Hamza", null, LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10), 36))
                .post(ROOT + "/certificates").then().statusCode(201).extract().path("id");
        String code = admin().get(ROOT + "/certificates/" + id).then().extract().path("verificationCode");
        String json = anyone().get("/verify/" + code).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=10")).header("Vary", containsString("Accept"))
                .body("status", equalTo("valid")).extract().header("ETag");
        String page = anyone().accept("text/html").get("/verify/" + code + "?lang=ar").then().statusCode(200)
                .extract().header("ETag");
        assertTrue(json.startsWith("\"") && !json.equals(page), "each representation has its own strong tag");

        anyone().header("If-None-Match", json).get("/verify/" + code).then().statusCode(304)
                .header("ETag", equalTo(json)).header("Cache-Control", containsString("max-age=10"));
        anyone().header("If-None-Match", "\"older\", W/" + json).get("/verify/" + code).then().statusCode(304);
        anyone().accept("text/html").header("If-None-Match", page).get("/verify/" + code + "?lang=ar").then().statusCode(304)
                .header("Content-Language", "ar");
        anyone().accept("text/html").header("If-None-Match", page).get("/verify/" + code + "?lang=fr").then().statusCode(200);
        anyone().header("If-None-Match", page).get("/verify/" + code).then().statusCode(200);

        admin().body(Map.of("reason", "UNDER_REVIEW")).post(ROOT + "/certificates/" + id + "/suspension").then().statusCode(200);
        anyone().header("If-None-Match", json).get("/verify/" + code).then().statusCode(200).body("status", equalTo("suspended"))
                .header("ETag", not(equalTo(json)));
    }

    @Test
    void aRevokedCertificatesPageSaysWhyInThePagesLanguage() {
        String id = admin().body(record("Youssef", null, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8), 36))
                .post(ROOT + "/certificates").then().statusCode(201).extract().path("id");
        String code = admin().body(Map.of("reason", "ISSUED_IN_ERROR")).post(ROOT + "/certificates/" + id + "/revocation")
                .then().statusCode(200).extract().path("verificationCode");

        anyone().accept("text/html").get("/verify/" + code + "?lang=ar").then().statusCode(200)
                .body(containsString(">ملغاة<")).body(containsString("صدرت عن طريق الخطأ"));
        anyone().accept("text/html").get("/verify/" + code + "?lang=fr").then().statusCode(200)
                .body(containsString(">Révoqué<")).body(containsString("Délivré par erreur"));
        anyone().accept("text/html").get("/verify/" + code).then().statusCode(200)
                .body(containsString(">Revoked<")).body(containsString("Issued in error"));
    }

    @Test
    void aPresentedCredentialIsCheckedForSignatureDatesAndStatus() {
        JsonPath certificate = issued("holder-present");
        String jwt = certificate.getString("credential");

        anyone().body(Map.of("credential", jwt)).post("/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("status", equalTo("valid"))
                .body("certificate.serial", equalTo(certificate.getString("serial")));

        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Fatima Zahra El Amrani", "Someone Else");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        anyone().body(Map.of("credential", forged)).post("/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("status", equalTo("invalid-signature"))
                .body("checks[0].name", equalTo("signature")).body("checks[0].passed", equalTo(false));
    }

    @Test
    void aCredentialWithAHostileJoseHeaderIsABadRequest() {
        String jwt = issued("holder-hostile-header").getString("credential");
        String rest = jwt.substring(jwt.indexOf('.'));
        for (String header : new String[] {"{\"alg\":\"ES256\",\"kid\":12}", "{\"alg\":true,\"kid\":\"k\"}",
                "{\"alg\":\"ES256\",\"kid\":\"k\\u0000\"}", "{\"alg\":\"ES256\",\"kid\":{\"a\":1}}", "{\"alg\":null}", "[]"}) {
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8)) + rest;
            anyone().body(Map.of("credential", forged)).post("/verify").then().statusCode(400)
                    .contentType("application/problem+json");
            anyone().contentType("text/plain").body(forged).post("/verify").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void badCredentialsAreProblems() {
        anyone().body(Map.of("credential", "not.a-jwt")).post("/verify").then().statusCode(400)
                .contentType("application/problem+json");
        anyone().body(Map.of("credential", "e30.e30.e30")).post("/verify").then().statusCode(400)
                .contentType("application/problem+json");
        anyone().body(Map.of()).post("/verify").then().statusCode(400).contentType("application/problem+json");
        anyone().contentType("text/plain").body("x".repeat(70_000).getBytes(StandardCharsets.UTF_8)).post("/verify").then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void theKeysAndStatusListsArePublicButTheApiIsNot() {
        anyone().get("/.well-known/jwks.json").then().statusCode(200).body("keys[0].kty", equalTo("EC"))
                .body("keys[0].crv", equalTo("P-256")).body("keys[0]", not(hasKey("d")));
        anyone().get(ROOT + "/certificates").then().statusCode(401).contentType("application/problem+json");
    }
}
