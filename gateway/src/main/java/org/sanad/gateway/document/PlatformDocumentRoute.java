package org.sanad.gateway.document;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Serves the platform's OpenAPI document ({@link PlatformDocument}, merged by the build) at
 * {@code /openapi}, to anyone, with a strong ETag so that a client generator or Swagger UI asking again
 * gets a 304.
 */
@ApplicationScoped
public class PlatformDocumentRoute {

    static final String PATH = "/openapi";
    private static final String MEDIA_TYPE = "application/json";

    private final Buffer body;
    private final String etag;

    public PlatformDocumentRoute() {
        byte[] json = read(PlatformDocument.DIRECTORY + PlatformDocument.MERGED);
        this.body = Buffer.buffer(json);
        this.etag = "\"" + sha256(json) + "\"";
    }

    void mount(@Observes Router router) {
        router.get(PATH).handler(this::send);
    }

    private void send(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        if (etag.equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE).end(body);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PlatformDocumentRoute.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: the gateway's build writes it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
