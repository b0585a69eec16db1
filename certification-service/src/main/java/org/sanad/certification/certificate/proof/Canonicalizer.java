package org.sanad.certification.certificate.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.io.StringWriter;

/**
 * A JSON-LD document as canonical N-Quads (RDFC-1.0 with SHA-256), the form Data Integrity signs.
 * Expansion fails on any term no context defines, the way a verifier in safe mode refuses it, so a
 * credential that would lose a claim is never signed.
 */
public final class Canonicalizer {

    /** RDFC-1.0 can be driven into exponential work by crafted blank nodes; ours never need more than this. */
    private static final long MAX_MILLIS = 5_000;

    private Canonicalizer() {
    }

    public static String nquads(JsonNode document) {
        JsonLdOptions options = new JsonLdOptions(PublishedContexts.instance());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(MAX_MILLIS));
        try (JsonReader reader = Json.createReader(new StringReader(document.toString()))) {
            JsonLd.toRdf(JsonDocument.of(reader.read())).options(options).provide(canon);
            StringWriter nquads = new StringWriter();
            canon.provide(new NQuadsWriter(nquads));
            return nquads.toString();
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("Not a JSON-LD document every term of which a published context defines: "
                    + e.getMessage(), e);
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("Canonicalization failed", e);
        }
    }
}
