package org.sanad.certification.certificate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.certification.testing.CertificationApi.ROOT;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.anyone;
import static org.sanad.certification.testing.CertificationApi.issued;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.sanad.certification.certificate.proof.Canonicalizer;
import org.sanad.certification.certificate.proof.DataIntegrityProofs;
import org.sanad.certification.certificate.proof.Multikey;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.testing.SanadTestEnvironment;

/**
 * The JSON-LD form of credentials and status lists, and the documents a Data Integrity verifier resolves
 * from them: checked here by following the links as a verifier does (the independent check with DCC's
 * libraries is deploy's ThirdPartyVerifierTest).
 */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DataIntegrityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The X.509 prefix of a raw 32-byte Ed25519 public key. */
    private static final String ED25519_SPKI = "302a300506032b6570032100";

    @Test
    void theCredentialWithAnEmbeddedProofSaysWhatTheVcJwtSaysAndVerifiesWithTheIssuersKey() throws Exception {
        JsonPath certificate = issued("holder-data-integrity");
        ObjectNode secured = credentialWithProof(certificate.getString("id"));
        ObjectNode payload = (ObjectNode) JSON.readTree(SignedJWT.parse(certificate.getString("credential")).getPayload().toString());

        ObjectNode unsecured = secured.deepCopy();
        unsecured.remove("proof");
        payload.remove(java.util.List.of("iss", "sub", "jti", "nbf", "exp"));
        assertEquals(payload, unsecured, "the same credential in both forms, but for the JWT's registered claims");

        JsonNode proof = secured.path("proof").get(0);
        assertEquals("DataIntegrityProof", proof.path("type").asText());
        assertEquals("eddsa-rdfc-2022", proof.path("cryptosuite").asText());
        assertEquals("assertionMethod", proof.path("proofPurpose").asText());
        String issuer = secured.path("issuer").path("id").asText();
        String method = proof.path("verificationMethod").asText();

        JsonPath key = resolve(method, "application/ld+json");
        assertEquals("Multikey", key.getString("type"));
        assertEquals(issuer, key.getString("controller"), "the key is the issuer's");
        assertTrue(resolve(issuer, "application/ld+json").getList("assertionMethod").contains(method),
                "the issuer's profile lists the key");
        assertTrue(DataIntegrityProofs.verifies(secured, ed25519(key.getString("publicKeyMultibase"))));

        ObjectNode altered = secured.deepCopy();
        ((ObjectNode) altered.path("credentialSubject")).put("licenseNumber", "DGSN-2026-999999");
        assertFalse(DataIntegrityProofs.verifies(altered, ed25519(key.getString("publicKeyMultibase"))),
                "an altered claim breaks the proof");
    }

    @Test
    void theCoOrganisersEndorsementCarriesItsOwnProofInItsOwnName() throws Exception {
        ObjectNode secured = credentialWithProof(issued("holder-endorsed").getString("id"));
        ObjectNode endorsement = (ObjectNode) secured.path("endorsement").get(0);
        String endorser = endorsement.path("issuer").path("id").asText();
        assertEquals(CertificateSigningKey.PUBLIC_URL + "/issuers/CNDH", endorser);
        assertEquals(secured.path("id").asText(), endorsement.path("credentialSubject").path("id").asText());
        JsonPath key = resolve(endorsement.path("proof").get(0).path("verificationMethod").asText(), "application/json");
        assertEquals(endorser, key.getString("controller"));
        assertTrue(DataIntegrityProofs.verifies(endorsement, ed25519(key.getString("publicKeyMultibase"))));
    }

    @Test
    void aStatusListIsIssuedByTheCredentialsIssuerInBothForms() throws Exception {
        JsonPath certificate = issued("holder-status-issuer");
        String list = certificate.getString("id");
        ObjectNode secured = credentialWithProof(list);
        String url = secured.path("credentialStatus").path("statusListCredential").asText();
        String path = url.substring(CertificateSigningKey.PUBLIC_URL.length());

        ObjectNode statusList = (ObjectNode) JSON.readTree(anyone().accept("application/ld+json").get(path)
                .then().statusCode(200).contentType(containsString("application/ld+json")).extract().asString());
        assertEquals(secured.path("issuer").path("id").asText(), statusList.path("issuer").asText());
        JsonPath key = resolve(statusList.path("proof").get(0).path("verificationMethod").asText(), "application/ld+json");
        assertTrue(DataIntegrityProofs.verifies(statusList, ed25519(key.getString("publicKeyMultibase"))));

        String jwt = anyone().get(path).then().statusCode(200).contentType(containsString("application/vc+jwt"))
                .extract().asString();
        JsonNode claims = JSON.readTree(SignedJWT.parse(jwt).getPayload().toString());
        assertEquals(statusList.path("issuer"), claims.path("issuer"), "a client that accepts anything gets the VC-JWT");
        anyone().get(path.replace("/DGSN/", "/NOBODY/")).then().statusCode(404);
    }

    @Test
    void theKidOfASignatureReturnsThatOneJwk() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issued("holder-kid").getString("credential"));
        String kid = jwt.getHeader().getKeyID();
        resolve(kid, "application/jwk+json");
        anyone().get(kid.substring(CertificateSigningKey.PUBLIC_URL.length())).then().statusCode(200)
                .body("kid", equalTo(kid)).body("kty", equalTo("EC")).body("keys", org.hamcrest.Matchers.nullValue());
        String jwks = anyone().get("/.well-known/jwks.json").then().statusCode(200).body("keys.kid", hasItem(kid))
                .contentType("application/jwk-set+json").extract().header("ETag");
        anyone().header("If-None-Match", jwks).get("/.well-known/jwks.json").then().statusCode(304);
        anyone().get("/verify/keys/never-published").then().statusCode(404);
    }

    @Test
    void theIssuerAndTheAchievementResolveAsJsonLdAndAsPages() {
        JsonPath certificate = issued("holder-pages");
        String achievement = "/achievements/" + certificate.getString("programme.code") + "/v" + certificate.getInt("programme.version");
        anyone().accept("application/ld+json").get(achievement).then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .body("type", hasItem("Achievement")).body("criteria.narrative", containsString("Completed"))
                .body("alignment.targetCode", hasItem("UNCAT-11"));
        anyone().accept("text/html").get(achievement).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("UNCAT")).body(containsString("Human-rights standards it covers"));
        anyone().accept("text/html").get(achievement + "?lang=ar").then().statusCode(200).header("Content-Language", "ar")
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">")).body(containsString("معايير حقوق الإنسان المشمولة"))
                .body(containsString("UNCAT"));
        anyone().accept("text/html").get("/issuers/DGSN").then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("General Directorate for National Security (Morocco)"))
                .body(containsString("Direction Générale de la Sûreté Nationale"));
        anyone().accept("text/html").header("Accept-Language", "ar").get("/issuers/DGSN").then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">")).body(containsString("المديرية العامة للأمن الوطني"))
                .body(containsString("الاسم الرسمي")).body(containsString("hreflang=\"fr\""));
        anyone().accept("text/html").get("/issuers/DGSN?lang=fr").then().statusCode(200)
                .body(containsString("<html lang=\"fr\" dir=\"ltr\">")).body(containsString("Site web"))
                .body(not(containsString("Nom officiel")));
        String profile = anyone().get("/issuers/DGSN").then().statusCode(200).contentType(containsString("application/ld+json"))
                .body("type", hasItem("Profile")).body("url", equalTo("https://www.dgsn.gov.ma")).extract().header("ETag");
        anyone().header("If-None-Match", profile).get("/issuers/DGSN").then().statusCode(304);
        anyone().accept("text/html").header("If-None-Match", profile).get("/issuers/DGSN").then().statusCode(200);
        anyone().get("/issuers/NOBODY").then().statusCode(404);
        anyone().get("/achievements/NO-SUCH-PROGRAMME/v1").then().statusCode(404);
    }

    @Test
    void aCredentialWithATermNoContextDefinesIsNeverSigned() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree("""
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "type": ["VerifiableCredential", "OpenBadgeCredential"], "serial": "DGSN-2026-000001"}""");
        assertThrows(IllegalArgumentException.class, () -> Canonicalizer.nquads(document));
        document.remove("serial");
        assertTrue(Canonicalizer.nquads(document).contains("OpenBadgeCredential"));
    }

    private static ObjectNode credentialWithProof(String id) throws Exception {
        String body = admin().accept("application/vc").get(ROOT + "/certificates/" + id + "/credential")
                .then().statusCode(200).contentType(containsString("application/vc")).extract().asString();
        return (ObjectNode) JSON.readTree(body);
    }

    /** Follows a URL the platform wrote, as a verifier would (through the test's own address). */
    private static JsonPath resolve(String url, String accept) {
        assertTrue(url.startsWith(CertificateSigningKey.PUBLIC_URL), url);
        return anyone().accept(accept).get(url.substring(CertificateSigningKey.PUBLIC_URL.length()))
                .then().statusCode(200).extract().jsonPath();
    }

    private static PublicKey ed25519(String multibase) throws Exception {
        byte[] multicodec = Multikey.fromMultibase(multibase);
        assertEquals("ed01", HexFormat.of().formatHex(multicodec, 0, 2));
        byte[] spki = HexFormat.of().parseHex(ED25519_SPKI + HexFormat.of().formatHex(multicodec, 2, multicodec.length));
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }
}
