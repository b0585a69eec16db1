package org.sanad.certification.log;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.certification.testing.CertificationApi.ROOT;
import static org.sanad.certification.testing.CertificationApi.admin;
import static org.sanad.certification.testing.CertificationApi.anyone;
import static org.sanad.certification.testing.CertificationApi.as;
import static org.sanad.certification.testing.CertificationApi.auditor;
import static org.sanad.certification.testing.CertificationApi.issued;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.security.Roles;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TransparencyLogTest {

    private static final HexFormat HEX = HexFormat.of();

    @Inject
    DataSource database;

    @Test
    void theHeadIsSignedAndEveryCertificateProvesItsEntries() throws Exception {
        String firstId = issued("holder-log-1").getString("id");
        long oldSize = auditor().get(ROOT + "/log/head").then().statusCode(200).extract().jsonPath().getLong("treeSize");
        admin().body(Map.of("reason", "UNDER_REVIEW")).post(ROOT + "/certificates/" + firstId + "/suspension").then().statusCode(200);
        issued("holder-log-2");

        JsonPath head = auditor().get(ROOT + "/log/head").then().statusCode(200).extract().jsonPath();
        JWSObject signed = JWSObject.parse(head.getString("signature"));
        String jwks = anyone().get("/.well-known/jwks.json").then().extract().asString();
        assertTrue(signed.verify(new ECDSAVerifier((ECKey) JWKSet.parse(jwks).getKeyByKeyId(signed.getHeader().getKeyID()))));
        Map<String, Object> payload = signed.getPayload().toJSONObject();
        assertEquals(head.getLong("treeSize"), ((Number) payload.get("treeSize")).longValue());
        assertEquals(head.getString("rootHash"), payload.get("rootHash"));
        byte[] root = HEX.parseHex(head.getString("rootHash"));
        long size = head.getLong("treeSize");

        JsonPath proof = auditor().get(ROOT + "/log/certificates/" + firstId + "/proof").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ISSUED", "SUSPENDED"), proof.getList("entries.kind"));
        for (Map<String, Object> entry : proof.<Map<String, Object>>getList("entries")) {
            long seq = ((Number) entry.get("seq")).longValue();
            String content = auditor().get(ROOT + "/log/entries?size=1&cursor=" + cursorAfter(seq - 1)).then().statusCode(200)
                    .extract().path("items[0].content");
            byte[] leaf = MerkleTree.leafHash(content.getBytes(StandardCharsets.UTF_8));
            assertEquals(entry.get("leafHash"), HEX.formatHex(leaf), "the leaf hash is the hash of the content served");
            @SuppressWarnings("unchecked")
            List<byte[]> path = ((List<String>) entry.get("auditPath")).stream().map(HEX::parseHex).toList();
            assertTrue(RfcProofs.verifyInclusion(leaf, seq, size, path, root), "entry " + seq + " is in the signed tree");
        }

        JsonPath consistency = auditor().get(ROOT + "/log/consistency?from=" + oldSize + "&to=" + size).then().statusCode(200)
                .extract().jsonPath();
        byte[] oldRoot = HEX.parseHex(auditor().get(ROOT + "/log/heads?size=1&cursor=" + cursorAfter(oldSize - 1)).then()
                .statusCode(200).extract().<String>path("items[0].rootHash"));
        List<byte[]> hashes = consistency.<String>getList("proof").stream().map(HEX::parseHex).toList();
        assertTrue(RfcProofs.verifyConsistency(oldSize, oldRoot, size, root, hashes), "the newer head extends the older one");

        as(Roles.REGISTRAR).get(ROOT + "/log/head").then().statusCode(403);
        as(Roles.PARTNER).get(ROOT + "/log/audit").then().statusCode(403);
        auditor().get(ROOT + "/log/consistency?from=" + size + "&to=1").then().statusCode(422);
    }

    @Test
    void theAuditAndTheOutsideVerifierFindAlteredReorderedAndRemovedEntries() throws Exception {
        issued("holder-tamper-1");
        String revoked = issued("holder-tamper-2").getString("id");
        admin().body(Map.of("reason", "ISSUED_IN_ERROR")).post(ROOT + "/certificates/" + revoked + "/revocation").then().statusCode(200);
        issued("holder-tamper-3");
        auditor().get(ROOT + "/log/audit").then().statusCode(200).body("consistent", equalTo(true))
                .body("latestHeadSignatureValid", equalTo(true));
        long last = auditor().get(ROOT + "/log/head").then().extract().jsonPath().getLong("treeSize") - 1;
        long middle = last - 2;

        sql("CREATE TABLE tamper_backup AS SELECT * FROM log_entry");
        sql("CREATE TABLE tamper_certificates AS SELECT * FROM certificate");
        sql("CREATE TABLE tamper_heads AS SELECT * FROM tree_head");
        try {
            JsonNode kept = outsideCheck().latestHead();
            tamper("UPDATE log_entry SET content = replace(content, 'ISSUED_IN_ERROR', 'OTHER') WHERE seq = " + (middle + 1),
                    "was altered: its content does not match its leaf hash");
            tamper("UPDATE log_entry SET content = replace(content, '\"kind\":\"ISSUED\"', '\"kind\":\"REVOKED\"'), kind = 'REVOKED', "
                    + "leaf_hash = sha256('\\x00'::bytea || convert_to(replace(content, '\"kind\":\"ISSUED\"', '\"kind\":\"REVOKED\"'), 'UTF8')) "
                    + "WHERE seq = " + middle, "does not follow the entry before it");
            tamper("UPDATE log_entry SET seq = 999999999 WHERE seq = " + middle + "; UPDATE log_entry SET seq = " + middle
                    + " WHERE seq = " + (middle + 1) + "; UPDATE log_entry SET seq = " + (middle + 1) + " WHERE seq = 999999999",
                    "altered or moved");
            tamper("DELETE FROM log_entry WHERE seq = " + middle, "are missing");
            tamper("DELETE FROM log_entry WHERE seq = " + last, "entries were removed");
            tamperUnseenOutside("UPDATE certificate SET status = 'ACTIVE', status_reason = NULL WHERE id = '" + revoked + "'",
                    "its status was changed outside the log");
            tamperUnseenOutside("UPDATE certificate SET holder_family_name = 'Forged', credential = credential || 'x' WHERE id = '" + revoked + "'",
                    "its credential is not the one logged");
            tamper("UPDATE tree_head SET root_hash = sha256(root_hash) WHERE tree_size = " + (last + 1),
                    "the signed head of size " + (last + 1) + " was altered");
            // Rewriting the tail and its heads fools the database audit, not an auditor who kept a head.
            sql("DELETE FROM tree_head WHERE tree_size = " + (last + 1) + "; DELETE FROM log_entry WHERE seq = " + last);
            try {
                LogVerifier.Result rewritten = new LogVerifier(base(), auditorToken()).verify(Optional.of(kept));
                assertFalse(rewritten.consistent());
                assertTrue(rewritten.findings().stream().anyMatch(f -> f.problem().contains("the log was cut back")),
                        rewritten.findings().toString());
            } finally {
                restore();
                sql("INSERT INTO tree_head SELECT * FROM tamper_heads WHERE tree_size = " + (last + 1));
            }
            assertTrue(new LogVerifier(base(), auditorToken()).verify(Optional.of(kept)).consistent());
        } finally {
            sql("DROP TABLE tamper_heads");
            sql("DROP TABLE tamper_backup");
            sql("DROP TABLE tamper_certificates");
        }
        auditor().get(ROOT + "/log/audit").then().statusCode(200).body("consistent", equalTo(true));
    }

    /**
     * Changes the database behind the service's back, expects both the audit endpoint and the outside
     * verifier ({@code bin/verify-log}) to say so, then puts everything back.
     */
    private void tamper(String change, String expectedFinding) throws Exception {
        tamper(change, expectedFinding, true);
    }

    /** The same, for a change to certificates only: the log itself is intact, so only the audit sees it. */
    private void tamperUnseenOutside(String change, String expectedFinding) throws Exception {
        tamper(change, expectedFinding, false);
    }

    private void tamper(String change, String expectedFinding, boolean visibleOutside) throws Exception {
        sql(change);
        try {
            JsonPath report = auditor().get(ROOT + "/log/audit").then().statusCode(200).extract().jsonPath();
            assertFalse(report.getBoolean("consistent"), change);
            List<String> problems = report.getList("findings.problem");
            assertTrue(problems.stream().anyMatch(p -> p.contains(expectedFinding)), change + " gave " + problems);
            LogVerifier.Result outside = outsideCheck();
            assertEquals(!visibleOutside, outside.consistent(), change + " seen from outside: " + outside.findings());
        } finally {
            restore();
        }
    }

    private void restore() throws SQLException {
        sql("DELETE FROM log_entry; INSERT INTO log_entry SELECT * FROM tamper_backup");
        sql("UPDATE certificate c SET status = b.status, status_reason = b.status_reason, credential = b.credential, "
                + "holder_family_name = b.holder_family_name FROM tamper_certificates b WHERE b.id = c.id");
        sql("UPDATE tree_head h SET root_hash = b.root_hash FROM tamper_heads b WHERE b.tree_size = h.tree_size");
    }

    private LogVerifier.Result outsideCheck() throws Exception {
        return new LogVerifier(base(), auditorToken()).verify(Optional.empty());
    }

    private static URI base() {
        return URI.create("http://localhost:" + RestAssured.port);
    }

    private static String auditorToken() {
        return TestTokens.token().roles(Roles.AUDITOR).subject("outside-auditor").sign();
    }

    private void sql(String statements) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    private static String cursorAfter(long key) {
        return org.sanad.common.paging.Cursor.of(key).encode();
    }
}
