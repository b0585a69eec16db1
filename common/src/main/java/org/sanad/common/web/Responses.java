package org.sanad.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** HTTP answers carrying a revisioned representation: the revision becomes the ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Revisioned<?> body) {
        return withETag(Response.ok(), body);
    }

    public static Response created(URI location, Revisioned<?> body) {
        return withETag(Response.created(location), body);
    }

    private static Response withETag(Response.ResponseBuilder response, Revisioned<?> body) {
        return response.header(HttpHeaders.ETAG, ETags.of(body.revision())).entity(body.body()).build();
    }
}
