package org.sanad.certification.status;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.certification.testing.CertificationApi.ROOT;
import static org.sanad.certification.testing.CertificationApi.account;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.anyone;
import static org.sanad.certification.testing.CertificationApi.as;
import static org.sanad.certification.testing.CertificationApi.auditor;
import static org.sanad.certification.testing.CertificationApi.issued;
import static org.sanad.certification.testing.CertificationApi.record;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StatusTest {

    private static final Map<String, Object> MISCONDUCT = Map.of("reason", "MISCONDUCT_FINDING", "note", "Board decision 2026/114");

    @Test
    void aRevocationIsInTheSignedStatusListAtOnceAndVerifiersSeeItsCategoryNotItsNote() throws Exception {
        JsonPath certificate = issued("holder-revoked");
        String id = certificate.getString("id");
        assertFalse(statusBit(certificate, "revocation"));

        admin().body(MISCONDUCT).post(ROOT + "/certificates/" + id + "/revocation").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("statusNote", equalTo("Board decision 2026/114"));

        assertTrue(statusBit(certificate, "revocation"));
        assertFalse(statusBit(certificate, "suspension"));
        anyone().get("/verify/" + certificate.getString("verificationCode")).then().statusCode(200)
                .body("status", equalTo("revoked")).body("reason", equalTo("MISCONDUCT_FINDING"))
                .body("statusChangedAt", org.hamcrest.Matchers.notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("note")));
        anyone().body(Map.of("credential", certificate.getString("credential"))).post("/verify").then()
                .body("valid", equalTo(false)).body("status", equalTo("revoked"));
        admin().body(MISCONDUCT).post(ROOT + "/certificates/" + id + "/revocation").then().statusCode(409);
        admin().body(Map.of("reason", "REVIEW_CONCLUDED")).post(ROOT + "/certificates/" + id + "/reinstatement").then().statusCode(409);
    }

    @Test
    void aSuspensionIsReversibleAndEveryStepIsChecked() throws Exception {
        JsonPath certificate = issued("holder-suspended");
        String id = certificate.getString("id");
        admin().body(Map.of("reason", "UNDER_REVIEW")).post(ROOT + "/certificates/" + id + "/suspension").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        assertTrue(statusBit(certificate, "suspension"));
        anyone().get("/verify/" + certificate.getString("verificationCode")).then().body("status", equalTo("suspended"));
        admin().body(Map.of("reason", "UNDER_REVIEW")).post(ROOT + "/certificates/" + id + "/suspension").then().statusCode(409);

        admin().body(Map.of("reason", "REVIEW_CONCLUDED")).post(ROOT + "/certificates/" + id + "/reinstatement").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        assertFalse(statusBit(certificate, "suspension"));
        anyone().get("/verify/" + certificate.getString("verificationCode")).then().body("status", equalTo("valid"));

        admin().body(Map.of("reason", "NOT_A_REASON")).post(ROOT + "/certificates/" + id + "/suspension").then().statusCode(400)
                .contentType("application/problem+json");
        admin().body(MISCONDUCT).post(ROOT + "/certificates/00000000-0000-0000-0000-000000000000/revocation").then().statusCode(404);
        as(Roles.AUDITOR).body(MISCONDUCT).post(ROOT + "/certificates/" + id + "/revocation").then().statusCode(403);
    }

    @Test
    void aRenewalSupersedesTheOldCertificateAndRecordsIt() {
        JsonPath old = issued("holder-renewal");
        LocalDate oldEnd = LocalDate.parse(old.getString("training.endDate"));
        Map<String, Object> training = Map.of("cohortCode", "TOT-MIGRATION-REFRESHER", "location", "Rabat",
                "startDate", oldEnd.plusDays(1).toString(), "endDate", oldEnd.plusDays(2).toString());
        JsonPath renewed = admin().body(Map.of("training", training)).post(ROOT + "/certificates/" + old.getString("id") + "/renewal")
                .then().statusCode(201).body("supersedes", equalTo(old.getString("id"))).body("status", equalTo("ACTIVE"))
                .extract().jsonPath();
        assertEquals(36, java.time.temporal.ChronoUnit.MONTHS.between(
                java.time.OffsetDateTime.parse(renewed.getString("validFrom")), java.time.OffsetDateTime.parse(renewed.getString("validUntil"))));

        admin().get(ROOT + "/certificates/" + old.getString("id")).then().body("status", equalTo("REVOKED"))
                .body("statusReason", equalTo("SUPERSEDED"));
        anyone().get("/verify/" + old.getString("verificationCode")).then().body("status", equalTo("revoked"))
                .body("supersededBy", equalTo(renewed.getString("serial")));

        Map<String, Object> earlier = Map.of("location", "Rabat", "startDate", "2020-01-01", "endDate", "2020-01-03");
        admin().body(Map.of("training", earlier)).post(ROOT + "/certificates/" + renewed.getString("id") + "/renewal").then()
                .statusCode(422).contentType("application/problem+json");
    }

    @Test
    void certificatesPastTheirValidityVerifyAsExpiredAndSoonExpiringOnesAreListed() {
        String expired = admin().body(record("Ousmane", null, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 6), 24))
                .post(ROOT + "/certificates").then().statusCode(201).body("expired", equalTo(true))
                .extract().path("verificationCode");
        anyone().get("/verify/" + expired).then().body("status", equalTo("expired"));

        LocalDate end = LocalDate.now().minusMonths(12).plusDays(10);
        String soon = admin().body(record("Mariam", null, end.minusDays(4), end, 12)).post(ROOT + "/certificates").then()
                .statusCode(201).extract().path("serial");
        LocalDate later = LocalDate.now().minusMonths(12).plusDays(200);
        String notSoon = admin().body(record("Seydou", null, later.minusDays(4), later, 12)).post(ROOT + "/certificates").then()
                .statusCode(201).extract().path("serial");

        List<String> expiring = auditor().get(ROOT + "/certificates/expiring?withinDays=30&institution=PN-MALI&size=500")
                .then().statusCode(200).extract().path("items.serial");
        assertTrue(expiring.contains(soon));
        assertFalse(expiring.contains(notSoon));
        as(Roles.REGISTRAR).get(ROOT + "/certificates/expiring").then().statusCode(403);
        auditor().get(ROOT + "/certificates/expiring?withinDays=0").then().statusCode(400);
    }

    @Test
    void holdersSeeTheirOwnCertificatesAndNobodyElses() {
        String mine = issued("officer-4471").getString("id");
        String theirs = issued("officer-9902").getString("id");

        account("officer-4471", Roles.TRAINER).get(ROOT + "/certificates/" + mine).then().statusCode(200)
                .body("statusNote", equalTo(null));
        account("officer-4471", Roles.TRAINER).get(ROOT + "/certificates/" + theirs).then().statusCode(404)
                .contentType("application/problem+json");
        account("officer-4471", Roles.TRAINER).get(ROOT + "/certificates?size=500").then().statusCode(200)
                .body("items.id", equalTo(List.of(mine)));
        as(Roles.PARTNER).get(ROOT + "/certificates/" + mine).then().statusCode(404);
        as(Roles.REGISTRAR).get(ROOT + "/certificates?size=500").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        auditor().get(ROOT + "/certificates/" + theirs).then().statusCode(200);
    }

    /**
     * Reads the certificate's bit the way an offline verifier does: signed list, gzip, bit from the left. The
     * credential names its revocation list; the suspension list of the same issuer holds the same index.
     */
    private static boolean statusBit(JsonPath certificate, String purpose) throws Exception {
        SignedJWT vc = SignedJWT.parse(certificate.getString("credential"));
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) vc.getJWTClaimsSet().getClaim("credentialStatus");
        assertEquals("revocation", entry.get("statusPurpose"));
        String path = ((String) entry.get("statusListCredential")).substring(CertificateSigningKey.PUBLIC_URL.length())
                .replace("/revocation/", "/" + purpose + "/");
        Response answer = anyone().accept("application/vc+jwt").get(path);
        String jwt = answer.then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        String tag = answer.header("ETag");
        anyone().accept("application/vc+jwt").header("If-None-Match", tag).get(path).then().statusCode(304);
        String ldTag = anyone().accept("application/ld+json").header("If-None-Match", tag).get(path).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(tag, ldTag, "the JSON-LD form is other bytes than the VC-JWT, so it has another tag");
        anyone().accept("application/ld+json").header("If-None-Match", ldTag).get(path).then().statusCode(304);
        SignedJWT list = SignedJWT.parse(jwt);
        String jwks = anyone().get("/.well-known/jwks.json").then().extract().asString();
        assertTrue(list.verify(new ECDSAVerifier((ECKey) JWKSet.parse(jwks).getKeyByKeyId(list.getHeader().getKeyID()))));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) list.getJWTClaimsSet().getClaim("credentialSubject");
        assertEquals(purpose, subject.get("statusPurpose"));
        byte[] bits = gunzip(Base64.getUrlDecoder().decode(((String) subject.get("encodedList")).substring(1)));
        assertEquals(16_384, bits.length, "131,072 entries");
        int index = Integer.parseInt((String) entry.get("statusListIndex"));
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
