package org.sanad.certification.certificate;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.certification.testing.CertificationApi.anyone;
import static org.sanad.certification.testing.CertificationApi.issued;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanad.certification.certificate.credential.OpenBadgeCredentials;
import org.sanad.certification.signing.SigningKey;
import org.sanad.certification.signing.SigningKeys;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.certification.testing.EcKeys;
import org.sanad.common.testing.SanadTestEnvironment;

/** Certificates verify with an independent JOSE library (Nimbus) and nothing but the published JWKS. */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CredentialTest {

    @Inject
    SigningKeys signingKeys;

    @Test
    void theCredentialIsAnOpenBadgeSignedAsAVcJwtThatNimbusVerifiesWithTheJwks() throws Exception {
        JsonPath certificate = issued("holder-credential");
        SignedJWT jwt = SignedJWT.parse(certificate.getString("credential"));

        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertTrue(verifiesWithPublishedKeys(jwt), "Nimbus verifies the signature with the JWKS alone");

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        Map<String, Object> vc = claims.toJSONObject();
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                vc.get("@context"));
        assertEquals("urn:uuid:" + certificate.getString("id"), vc.get("id"));
        assertEquals(CertificateSigningKey.PUBLIC_URL + "/verify/keys/" + CertificateSigningKey.KID, jwt.getHeader().getKeyID(),
                "the kid is the URL of the key's JWK");
        @SuppressWarnings("unchecked")
        Map<String, Object> issuer = (Map<String, Object>) vc.get("issuer");
        assertEquals(CertificateSigningKey.PUBLIC_URL + "/issuers/DGSN", issuer.get("id"));
        assertEquals("Direction Générale de la Sûreté Nationale", issuer.get("name"));
        assertEquals(Instant.parse(certificate.getString("validUntil")), Instant.parse((String) vc.get("validUntil")));
        assertEquals(List.of(Map.of("id", OpenBadgeCredentials.ACHIEVEMENT_SCHEMA, "type", "JsonSchema")),
                vc.get("credentialSchema"));

        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) vc.get("credentialSubject");
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> alignment = (List<Map<String, Object>>) achievement.get("alignment");
        assertEquals(List.of("ICRMW-16", "UNCAT-11"), alignment.stream().map(a -> a.get("targetCode")).toList());
        assertEquals("Certification", achievement.get("achievementType"));

        assertEquals(certificate.getString("serial"), subject.get("licenseNumber"));

        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) vc.get("credentialStatus");
        assertEquals("revocation", status.get("statusPurpose"), "one status entry, as the Open Badges schema allows");
        assertEquals("BitstringStatusListEntry", status.get("type"));
        assertTrue(((String) status.get("statusListCredential")).startsWith(CertificateSigningKey.PUBLIC_URL
                + "/verify/status-lists/DGSN/revocation/"), "in the list of the credential's own issuer");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> endorsements = (List<Map<String, Object>>) vc.get("endorsement");
        assertEquals(1, endorsements.size(), "the co-organiser endorses the credential");
        @SuppressWarnings("unchecked")
        Map<String, Object> endorser = (Map<String, Object>) endorsements.get(0).get("issuer");
        assertEquals(CertificateSigningKey.PUBLIC_URL + "/issuers/CNDH", endorser.get("id"));
        assertEquals(List.of("VerifiableCredential", "EndorsementCredential"), endorsements.get(0).get("type"));
    }

    @Test
    void aRotatedKeyLeavesEarlierCertificatesVerifiable() throws Exception {
        SignedJWT before = SignedJWT.parse(issued("holder-rotation-1").getString("credential"));
        KeyPair next = EcKeys.generate();
        String kid = "test-certificates-rotated-" + System.nanoTime();
        signingKeys.activate(new SigningKey(kid, next.getPrivate(), next.getPublic()));

        SignedJWT after = SignedJWT.parse(issued("holder-rotation-2").getString("credential"));
        assertEquals(CertificateSigningKey.PUBLIC_URL + "/verify/keys/" + kid, after.getHeader().getKeyID());
        assertNotEquals(before.getHeader().getKeyID(), after.getHeader().getKeyID());
        assertTrue(verifiesWithPublishedKeys(before), "signed before the rotation");
        assertTrue(verifiesWithPublishedKeys(after), "signed after the rotation");

        anyone().contentType("application/vc+jwt").body(before.serialize().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("kid", equalTo(before.getHeader().getKeyID()));
    }

    private static boolean verifiesWithPublishedKeys(SignedJWT jwt) throws Exception {
        String jwks = anyone().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        ECKey key = (ECKey) JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new ECDSAVerifier(key));
    }
}
