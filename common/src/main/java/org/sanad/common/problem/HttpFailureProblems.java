package org.sanad.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Answers failures of the HTTP layer (a bad token, a path policy, a handler that broke) with problem
 * details instead of the framework's default page. Failures inside Quarkus REST, such as a missing
 * role on a method, go through {@link ProblemMappers} instead.
 */
@ApplicationScoped
public class HttpFailureProblems {

    private static final Logger LOG = Logger.getLogger(HttpFailureProblems.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private static boolean lacksHost(RoutingContext ctx) {
        return ctx.request().version() == HttpVersion.HTTP_1_1 && ctx.request().getHeader(HttpHeaders.HOST) == null;
    }

    private void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (lacksHost(ctx)) {
            // Vert.x Web refuses it before any route runs (RFC 9112, section 3.2): it is the client's fault.
            ProblemResponses.send(ctx, ProblemException.invalidField("Host", "is required in HTTP/1.1",
                    "An HTTP/1.1 request must carry a Host header").toProblem());
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            ProblemResponses.send(ctx, ProblemType.UNAUTHENTICATED, "A valid bearer token is required");
        } else if (failure instanceof ForbiddenException) {
            ProblemResponses.send(ctx, ProblemType.FORBIDDEN, "Your role does not allow this operation");
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            ProblemResponses.send(ctx, ProblemType.forStatus(ctx.statusCode(), "The request was refused"));
        } else {
            LOG.error("Request failed", failure);
            ProblemResponses.send(ctx, ProblemType.INTERNAL, "The request could not be completed");
        }
    }
}
