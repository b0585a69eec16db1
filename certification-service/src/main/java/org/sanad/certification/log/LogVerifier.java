package org.sanad.certification.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;
import org.sanad.certification.log.api.AuditReport.Finding;
import org.sanad.certification.signing.SignatureVerifier;

/**
 * An auditor's command: checks the transparency log from the outside, through the API and the
 * published keys only, trusting nothing the service computed. Every signed head's signature, every
 * leaf hash, the chain, the Merkle root at every head; and, given a head the auditor kept from an
 * earlier run, that the log still extends it. {@code bin/verify-log} (the tools module) runs it.
 */
public final class LogVerifier {

    private static final int PAGE = 500;

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    public LogVerifier(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** What the check found; {@code latestHead} is the head to keep for the next run. */
    public record Result(long entries, long heads, JsonNode latestHead, List<Finding> findings) {

        public boolean consistent() {
            return findings.isEmpty();
        }
    }

    public Result verify(Optional<JsonNode> keptHead) throws IOException, InterruptedException {
        SignatureVerifier signatures = publishedSignatures();
        Findings findings = new Findings();
        Map<Long, byte[]> signedRoots = new HashMap<>();
        JsonNode latest = null;
        long heads = 0;
        for (JsonNode head : pages("/api/certification/log/heads")) {
            heads++;
            signedRoot(head, signatures, findings).ifPresent(root -> signedRoots.put(head.path("treeSize").asLong(), root));
            latest = head;
        }
        long keptSize = keptHead.map(h -> h.path("treeSize").asLong()).orElse(0L);
        keptHead.ifPresent(kept -> signedRoot(kept, signatures, findings).ifPresentOrElse(
                root -> signedRoots.merge(keptSize, root, (served, mine) -> mine),
                () -> findings.add(null, null, "the head you kept does not verify with the published keys")));
        LogChain chain = new LogChain(signedRoots, findings, json);
        for (JsonNode entry : pages("/api/certification/log/entries")) {
            chain.accept(entry.path("seq").asLong(), entry.path("kind").asText(), UUID.fromString(entry.path("certificateId").asText()),
                    Instant.parse(entry.path("recordedAt").asText()), entry.path("content").asText(),
                    HexFormat.of().parseHex(entry.path("leafHash").asText()));
        }
        long latestSize = latest == null ? 0 : latest.path("treeSize").asLong();
        if (latestSize > chain.size()) {
            findings.add(null, null, "the latest signed head covers " + latestSize + " entries but the log serves "
                    + chain.size() + ": entries were removed");
        }
        if (keptSize > chain.size()) {
            findings.add(null, null, "the head you kept covers " + keptSize + " entries but the log serves only "
                    + chain.size() + ": the log was cut back");
        }
        return new Result(chain.size(), heads, latest, findings.list());
    }

    /** The root a head's signature vouches for, after checking that the head's fields say the same. */
    private Optional<byte[]> signedRoot(JsonNode head, SignatureVerifier signatures, Findings findings) {
        long size = head.path("treeSize").asLong();
        SignatureVerifier.Checked checked = signatures.check(head.path("signature").asText());
        switch (checked.outcome()) {
            case UNKNOWN_KEY -> {
                findings.add(null, null, "the head of size " + size + " names a key that is not published");
                return Optional.empty();
            }
            case INVALID -> {
                findings.add(null, null, "the signature of the head of size " + size + " does not verify");
                return Optional.empty();
            }
            case MALFORMED -> {
                findings.add(null, null, "the head of size " + size + " is not a readable signed head");
                return Optional.empty();
            }
            case VALID -> {
                // checked below
            }
        }
        try {
            JsonNode payload = json.readTree(checked.payload().orElseThrow());
            byte[] root = HexFormat.of().parseHex(payload.path("rootHash").asText());
            if (payload.path("treeSize").asLong() != size || !payload.path("rootHash").asText().equals(head.path("rootHash").asText())) {
                findings.add(null, null, "the signed head of size " + size + " was altered");
            }
            return Optional.of(root);
        } catch (IOException | IllegalArgumentException e) {
            findings.add(null, null, "the head of size " + size + " is not a readable signed head");
            return Optional.empty();
        }
    }

    /** The published keys, looked up by id in the JWKS the platform serves. */
    private SignatureVerifier publishedSignatures() throws IOException, InterruptedException {
        JsonWebKeySet keys = jwks();
        return new SignatureVerifier(kid -> keys.getJsonWebKeys().stream()
                .filter(key -> kid.equals(key.getKeyId()) && key instanceof PublicJsonWebKey)
                .map(key -> ((PublicJsonWebKey) key).getPublicKey()).findFirst());
    }

    private JsonWebKeySet jwks() throws IOException, InterruptedException {
        try {
            return new JsonWebKeySet(get("/.well-known/jwks.json"));
        } catch (JoseException e) {
            throw new IOException("The published JWKS is not readable", e);
        }
    }

    private List<JsonNode> pages(String path) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String query = "?size=" + PAGE + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = json.readTree(get(path + query));
            page.path("items").forEach(items::add);
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return items;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
