package org.sanad.gateway;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sanad.common.problem.ProblemResponses;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.security.Roles;
import org.sanad.gateway.proxy.ReverseProxy;
import org.sanad.gateway.ratelimit.ClientRateLimiter;
import org.sanad.gateway.routing.Route;
import org.sanad.gateway.routing.RouteTable;

/**
 * Mounts the route table on the HTTP server: token routes admit only callers with a platform role,
 * public routes are rate-limited per client address, and any other path is a 404.
 */
@ApplicationScoped
public class GatewayRouter {

    private static final long IDLE_SWEEP_MILLIS = 60_000;

    private final RouteTable table;
    private final ReverseProxy proxy;
    private final ClientRateLimiter limiter;
    private final Vertx vertx;

    public GatewayRouter(RouteTable table, ReverseProxy proxy, ClientRateLimiter limiter, Vertx vertx) {
        this.table = table;
        this.proxy = proxy;
        this.limiter = limiter;
        this.vertx = vertx;
    }

    void mount(@Observes Router router) {
        for (Route route : table.routes()) {
            router.route(route.path()).handler(ctx -> handle(ctx, route));
        }
        router.errorHandler(404, ctx -> ProblemResponses.send(ctx, ProblemType.NOT_FOUND, "Nothing is found at this path"));
        vertx.setPeriodic(IDLE_SWEEP_MILLIS, tick -> limiter.forgetIdle(System.nanoTime()));
    }

    private void handle(RoutingContext ctx, Route route) {
        if (route.access() == Route.Access.TOKEN && !admitted(ctx)) {
            return;
        }
        if (route.access() == Route.Access.PUBLIC) {
            String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
            long waitSeconds = limiter.acquire(client, System.nanoTime());
            if (waitSeconds > 0) {
                ctx.response().putHeader("Retry-After", Long.toString(waitSeconds));
                ProblemResponses.send(ctx, ProblemType.TOO_MANY_REQUESTS,
                        "Too many requests from your address; retry after " + waitSeconds + " s");
                return;
            }
        }
        proxy.forward(ctx, route);
    }


    /**
     * A bad token never gets here: proactive authentication already refused it. What is left to judge
     * is a request without a token, and a token without any platform role.
     */
    private boolean admitted(RoutingContext ctx) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            ProblemResponses.send(ctx, ProblemType.UNAUTHENTICATED, "A valid bearer token is required");
            return false;
        }
        if (identity.getRoles().stream().noneMatch(Roles.ALL::contains)) {
            ProblemResponses.send(ctx, ProblemType.FORBIDDEN, "The token carries no Sanad role");
            return false;
        }
        return true;
    }
}
