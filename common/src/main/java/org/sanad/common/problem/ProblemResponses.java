package org.sanad.common.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import org.sanad.common.web.RequestId;

/** Writes problem details straight to a Vert.x response, for code that runs outside Quarkus REST. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void send(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            // Too late for a status line: the best we can do is cut the stream so the client sees an error.
            response.reset();
            return;
        }
        Problem body = problem.withContext(ctx.request().path(), ctx.request().getHeader(RequestId.HEADER));
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(Json.encode(body));
    }

    public static void send(RoutingContext ctx, ProblemType type, String detail) {
        send(ctx, type.problem(detail));
    }
}
