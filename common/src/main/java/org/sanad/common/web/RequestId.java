package org.sanad.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, so one request can be followed across the gateway and the services:
 * an incoming {@code X-Request-Id} is kept when it looks sane, otherwise a new one is made. The id is
 * echoed in the response, put in the logging context ({@code %X{requestId}}) and in problem bodies.
 */
@ApplicationScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // Ids travel into logs and headers: refuse anything that could forge a log line or a header.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** Runs before authentication and routing, so that even a refused request carries an id. */
    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = of(ctx.request());
            ctx.request().headers().set(HEADER, id);
            ctx.response().headers().set(HEADER, id);
            MDC.put(MDC_KEY, id);
            ctx.next();
        }, 1000);
    }

    /** The request's id: the caller's when it is sane, otherwise a new random one. */
    public static String of(HttpServerRequest request) {
        String given = request.getHeader(HEADER);
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
