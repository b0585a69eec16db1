package org.sanad.gateway.proxy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
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
                .setTcpNoDelay(true)
                .setDecompressionSupported(false)
                .setConnectTimeout((int) config.connectTimeout().toMillis());
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.connectionsPerUpstream()));
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
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(route.upstream().host())
                .setPort(route.upstream().port())
                .setURI(upstreamUri(ctx, route))
                .setIdleTimeout(upstreamTimeoutMillis)
                .setHeaders(MultiMap.caseInsensitiveMultiMap());
        ForwardedHeaders.copy(in.headers(), options.getHeaders());
        ForwardedHeaders.addForwarding(in, options.getHeaders());

        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                in.resume();
                fail(ctx, route, connected.cause());
                return;
            }
            Exchange exchange = new Exchange(ctx, route, connected.result());
            exchange.start(declaredLength);
        });
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
            LOG.warnf("%s is unreachable at %s: %s", service, route.upstream().authority(), cause.getMessage());
            ProblemResponses.send(ctx, ProblemType.UNAVAILABLE, service + " is not available; try again shortly");
        } else {
            LOG.warnf("%s failed: %s", service, cause.toString());
            ProblemResponses.send(ctx, ProblemType.BAD_GATEWAY, service + " gave no valid answer");
        }
    }

    /** One request in flight: the inbound body streamed up, the service's answer streamed back. */
    private final class Exchange {

        private final RoutingContext ctx;
        private final Route route;
        private final HttpClientRequest out;
        private long received;
        private boolean answered;

        Exchange(RoutingContext ctx, Route route, HttpClientRequest out) {
            this.ctx = ctx;
            this.route = route;
            this.out = out;
        }

        void start(String declaredLength) {
            HttpServerRequest in = ctx.request();
            if (declaredLength != null) {
                out.putHeader(HttpHeaderNames.CONTENT_LENGTH, declaredLength);
            } else if (in.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
                out.setChunked(true);
            }
            out.response().onComplete(result -> {
                if (result.succeeded()) {
                    relay(result.result());
                } else if (!answered) {
                    answered = true;
                    fail(ctx, route, result.cause());
                }
            });
            in.handler(this::upload);
            in.endHandler(done -> out.end());
            in.exceptionHandler(error -> out.reset());
            ctx.response().closeHandler(closed -> out.reset());
            in.resume();
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
            boolean hasBody = upstream.statusCode() != 204 && upstream.statusCode() != 304
                    && ctx.request().method() != io.vertx.core.http.HttpMethod.HEAD;
            if (hasBody && !upstream.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
                response.setChunked(true);
            }
            upstream.pipeTo(response).onFailure(error -> LOG.debugf("Relay from %s ended early: %s",
                    route.upstream().name(), error.getMessage()));
        }
    }
}
