package org.sanad.gateway.proxy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.sanad.common.problem.ProblemResponses;
import org.sanad.common.problem.ProblemType;
import org.sanad.gateway.config.GatewayConfig;
import org.sanad.gateway.routing.Route;
import org.sanad.gateway.routing.Upstream;
import org.sanad.gateway.routing.Upstream.Instance;

/**
 * Streams a request to its service and the answer back, chunk by chunk with back-pressure: no body
 * is ever held whole in memory, so the gateway's footprint does not grow with payload size.
 */
@ApplicationScoped
public class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);

    private final HttpClient client;
    private final long maxBodyBytes;
    private final long upstreamTimeoutMillis;

    public ReverseProxy(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setKeepAliveTimeout((int) config.keepAliveTimeout().toSeconds())
                .setTcpNoDelay(true)
                .setDecompressionSupported(false)
                .setConnectTimeout((int) config.connectTimeout().toMillis());
        // A connection a service drops is reported on the request it carried; do not log it again as an ERROR.
        this.client = vertx.httpClientBuilder()
                .with(config.trustingUpstreams(options))
                .with(new PoolOptions().setHttp1MaxSize(config.connectionsPerUpstream()))
                .withConnectHandler(connection -> connection.exceptionHandler(
                        error -> LOG.debugf("Connection to %s ended: %s", connection.remoteAddress(), error.toString())))
                .build();
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.upstreamTimeoutMillis = config.upstreamTimeout().toMillis();
    }

    public void forward(RoutingContext ctx, Route route) {
        HttpServerRequest in = ctx.request();
        String declaredLength = in.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declaredLength != null && exceedsLimit(declaredLength)) {
            ProblemResponses.send(ctx, ProblemType.BODY_TOO_LARGE, tooLargeDetail());
            return;
        }
        in.pause();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        ForwardedHeaders.copy(in.headers(), headers);
        ForwardedHeaders.addForwarding(in, headers);
        attempt(ctx, route, new Attempt(null, headers, declaredLength, 0L, false));
    }

    /**
     * Connects to the next instance in turn. When no connection could be had (refused, or reset as it
     * was made), nothing was sent, so another instance is tried whatever the method, and the failing one
     * is left out until it is ready again; with every instance tried, a connection that broke is tried
     * once more on a new one.
     */
    private void attempt(RoutingContext ctx, Route route, Attempt previous) {
        Upstream upstream = route.upstream();
        Instance instance = upstream.pick(previous.tried());
        MultiMap headers = previous.headers();
        RequestOptions options = new RequestOptions()
                .setMethod(ctx.request().method())
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.tls())
                .setURI(upstreamUri(ctx, route))
                .setIdleTimeout(upstreamTimeoutMillis)
                .setHeaders(headers);
        Attempt attempt = previous.to(instance, upstream);
        client.request(options).onComplete(connected -> {
            if (connected.succeeded()) {
                new Exchange(ctx, route, connected.result(), attempt).start();
                return;
            }
            // No request was sent, so another try is safe whatever the method.
            Throwable cause = connected.cause();
            if (!(cause instanceof TimeoutException) && instance.markDown()) {
                LOG.warnf("%s-service at %s %s; leaving it out until it is ready", upstream.name(), instance.authority(),
                        cause instanceof ConnectException ? "refused a connection" : "broke a connection (" + cause.getMessage() + ")");
            }
            if (upstream.hasUntried(attempt.tried())) {
                attempt(ctx, route, attempt);
                return;
            }
            if (!(cause instanceof ConnectException) && !(cause instanceof TimeoutException) && !attempt.resentAfterAll()) {
                attempt(ctx, route, attempt.afresh());
                return;
            }
            resumeUnlessRead(ctx.request());
            fail(ctx, route, connected.cause());
        });
    }

    /** A request sent again has been read whole already; HTTP/2 refuses to resume it then. */
    private static void resumeUnlessRead(HttpServerRequest in) {
        if (!in.isEnded()) {
            in.resume();
        }
    }

    private String upstreamUri(RoutingContext ctx, Route route) {
        if (route.rewriteTo() != null) {
            return route.rewriteTo();
        }
        // The normalized path is the one the security policy judged: forward exactly that.
        String query = ctx.request().query();
        return ctx.normalizedPath() + (query == null ? "" : "?" + query);
    }

    private boolean exceedsLimit(String declaredLength) {
        try {
            return Long.parseLong(declaredLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private String tooLargeDetail() {
        return "The request body is larger than " + maxBodyBytes + " bytes";
    }

    private void fail(RoutingContext ctx, Route route, Throwable cause) {
        String service = route.upstream().name() + "-service";
        if (cause instanceof TimeoutException) {
            LOG.warnf("%s did not answer within %d ms", service, upstreamTimeoutMillis);
            ProblemResponses.send(ctx, ProblemType.GATEWAY_TIMEOUT, service + " did not answer in time");
        } else if (cause instanceof ConnectException) {
            LOG.warnf("%s is unreachable: %s", service, cause.getMessage());
            ProblemResponses.send(ctx, ProblemType.UNAVAILABLE, service + " is not available; try again shortly");
        } else {
            LOG.warnf("%s failed: %s", service, cause.toString());
            ProblemResponses.send(ctx, ProblemType.BAD_GATEWAY, service + " gave no valid answer");
        }
    }

    /**
     * Which instance a request went to, and what is needed to send it again: the instances tried so far
     * (a bit each) and whether it was already sent again once every instance had been tried.
     */
    private record Attempt(Instance instance, MultiMap headers, String declaredLength, long tried, boolean resentAfterAll) {

        Attempt to(Instance next, Upstream upstream) {
            return new Attempt(next, headers, declaredLength, tried | upstream.bitOf(next), resentAfterAll);
        }

        /** Every instance eligible again, once: the request goes out on a new connection. */
        Attempt afresh() {
            return new Attempt(null, headers, declaredLength, 0L, true);
        }
    }

    /** One request in flight: the inbound body streamed up, the service's answer streamed back. */
    private final class Exchange {

        private final RoutingContext ctx;
        private final Route route;
        private final HttpClientRequest out;
        private final Attempt attempt;
        private final boolean bodiless;
        private long received;
        private boolean answered;

        Exchange(RoutingContext ctx, Route route, HttpClientRequest out, Attempt attempt) {
            this.ctx = ctx;
            this.route = route;
            this.out = out;
            this.attempt = attempt;
            this.bodiless = attempt.declaredLength() == null && !ctx.request().headers().contains(HttpHeaderNames.TRANSFER_ENCODING);
        }

        void start() {
            HttpServerRequest in = ctx.request();
            if (attempt.declaredLength() != null) {
                out.putHeader(HttpHeaderNames.CONTENT_LENGTH, attempt.declaredLength());
            } else if (!bodiless) {
                out.setChunked(true);
            }
            out.response().onComplete(result -> {
                if (result.succeeded()) {
                    relay(result.result());
                } else if (!answered) {
                    if (resend(result.cause())) {
                        return;
                    }
                    answered = true;
                    fail(ctx, route, result.cause());
                }
            });
            ctx.response().closeHandler(closed -> out.reset());
            out.exceptionHandler(error -> LOG.debugf("Request to %s ended: %s", route.upstream().name(), error.toString()));
            if (bodiless) {
                // Nothing to stream: the request is complete, and can be sent again as it is.
                out.end();
                resumeUnlessRead(in);
                return;
            }
            in.handler(this::upload);
            in.endHandler(done -> out.end());
            in.exceptionHandler(error -> out.reset());
            in.resume();
        }

        /**
         * A GET or HEAD whose connection broke before any answer goes out again: it has no body and is
         * safe to repeat. To another instance while there is one (this one may have been killed with
         * requests in flight); once every instance has been tried, once more on a new connection, since
         * the usual cause with a single instance is a pooled connection the service had already closed
         * (it restarted, or closed it as idle). A timeout is not retried: the service may still be
         * working on it.
         */
        private boolean resend(Throwable cause) {
            boolean safe = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
            if (!bodiless || !safe || cause instanceof TimeoutException || ctx.response().closed()) {
                return false;
            }
            if (route.upstream().hasUntried(attempt.tried())) {
                if (attempt.instance().markDown()) {
                    LOG.warnf("%s-service at %s dropped a connection; leaving it out until it is ready",
                            route.upstream().name(), attempt.instance().authority());
                }
                attempt(ctx, route, attempt);
                return true;
            }
            if (!attempt.resentAfterAll()) {
                LOG.debugf("%s-service at %s closed a connection before answering; sending again on a new one",
                        route.upstream().name(), attempt.instance().authority());
                attempt(ctx, route, attempt.afresh());
                return true;
            }
            return false;
        }

        private void upload(Buffer chunk) {
            received += chunk.length();
            if (received > maxBodyBytes) {
                ctx.request().handler(null);
                // Answer before resetting: the reset fails the pending upstream response at once, and
                // that failure must not get to answer (with a 502) first.
                if (!answered) {
                    answered = true;
                    ProblemResponses.send(ctx, ProblemType.BODY_TOO_LARGE, tooLargeDetail());
                }
                out.reset();
                return;
            }
            out.write(chunk);
            if (out.writeQueueFull()) {
                ctx.request().pause();
                out.drainHandler(drained -> ctx.request().resume());
            }
        }

        private void relay(HttpClientResponse upstream) {
            if (answered) {
                upstream.request().reset();
                return;
            }
            answered = true;
            HttpServerResponse response = ctx.response();
            response.setStatusCode(upstream.statusCode());
            response.setStatusMessage(upstream.statusMessage());
            ForwardedHeaders.copy(upstream.headers(), response.headers());
            ForwardedHeaders.rewriteLocations(response.headers(), attempt.instance(), ctx.request());
            boolean hasBody = upstream.statusCode() != 204 && upstream.statusCode() != 304
                    && ctx.request().method() != HttpMethod.HEAD;
            if (hasBody && !upstream.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
                response.setChunked(true);
            }
            upstream.pipeTo(response).onFailure(error -> LOG.debugf("Relay from %s ended early: %s",
                    route.upstream().name(), error.getMessage()));
        }
    }
}
