package org.sanad.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * HTTP answers carrying a revisioned representation: the revision becomes the ETag. Typed, so that the
 * API document names the representation an operation returns.
 */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(Revisioned<T> body) {
        return withETag(ResponseBuilder.ok(), body);
    }

    public static <T> RestResponse<T> created(URI location, Revisioned<T> body) {
        return withETag(ResponseBuilder.created(location), body);
    }

    /** 201 for a representation without a revision. */
    public static <T> RestResponse<T> created(URI location, T body) {
        return ResponseBuilder.<T>created(location).entity(body).build();
    }

    private static <T> RestResponse<T> withETag(ResponseBuilder<T> response, Revisioned<T> body) {
        return response.header(HttpHeaders.ETAG, ETags.of(body.revision())).entity(body.body()).build();
    }
}
