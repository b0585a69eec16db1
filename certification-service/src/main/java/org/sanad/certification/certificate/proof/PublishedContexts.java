package org.sanad.certification.certificate.proof;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON-LD contexts Sanad's credentials name, as their npm packages publish them (the build unpacks
 * the packages into {@code published-contexts/}, checked by hash). Nothing is fetched from the network:
 * a context not listed here is refused, so a credential can only be signed over documents a verifier
 * loads the same way.
 */
public final class PublishedContexts implements DocumentLoader {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private static final Map<String, String> RESOURCES = Map.of(
            CREDENTIALS_V2, "published-contexts/credentials-v2-context/package/contexts/credentials-v2.jsonld",
            OPEN_BADGES_V3, "published-contexts/open-badges-context/package/js/contexts/context-3.0.3.js");

    private static final PublishedContexts INSTANCE = new PublishedContexts();

    private final Map<String, JsonStructure> documents;

    private PublishedContexts() {
        documents = RESOURCES.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> parse(json(entry.getValue()))));
    }

    public static PublishedContexts instance() {
        return INSTANCE;
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonStructure document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Not a context Sanad's credentials use: " + url);
        }
        JsonDocument loaded = JsonDocument.of(document);
        loaded.setDocumentUrl(url);
        return loaded;
    }

    /**
     * The context as JSON. The Open Badges package ships it as a CommonJS module whose export is the
     * JSON object itself, so the object is what lies between {@code module.exports =} and the end.
     */
    private static String json(String resource) {
        String text = read(resource);
        if (!resource.endsWith(".js")) {
            return text;
        }
        int exports = text.indexOf("module.exports");
        int start = text.indexOf('{', exports);
        int end = text.lastIndexOf('}');
        if (exports < 0 || start < 0 || end < start) {
            throw new IllegalStateException(resource + " does not export a JSON object as module.exports");
        }
        return text.substring(start, end + 1);
    }

    private static JsonStructure parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    private static String read(String resource) {
        try (InputStream in = PublishedContexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The build did not unpack the context package " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
