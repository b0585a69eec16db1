package org.sanad.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.UnresolvableKeyException;
import org.sanad.common.web.RequestId;

/**
 * Says why a bearer token was refused (401), or why a valid one was not enough (403,
 * {@code missing-role}): logged at INFO with the reason, the request id and the
 * issuer and key id the token named (never the token itself), and counted in
 * {@code sanad_token_refusals_total{reason}}. At most {@value #LINES_PER_SECOND} lines a second are
 * written, so a flood of bad tokens cannot flood the log; the count keeps every refusal.
 */
@ApplicationScoped
public class TokenRefusals {

    static final int LINES_PER_SECOND = 10;
    private static final Logger LOG = Logger.getLogger(TokenRefusals.class);

    private final MeterRegistry metrics;
    private final ObjectMapper json;
    private final AtomicLong second = new AtomicLong();
    private final AtomicInteger linesThisSecond = new AtomicInteger();

    public TokenRefusals(MeterRegistry metrics, ObjectMapper json) {
        this.metrics = metrics;
        this.json = json;
    }

    void onRefusal(@Observes AuthenticationFailureEvent event) {
        refused(event.getEventProperties(), reasonFor(event.getAuthenticationFailure()));
    }

    /** A valid token whose roles do not allow the endpoint (403). */
    void onForbidden(@Observes AuthorizationFailureEvent event) {
        refused(event.getEventProperties(), "missing-role");
    }

    private void refused(Map<String, Object> eventProperties, String reason) {
        RoutingContext request = eventProperties.values().stream()
                .filter(RoutingContext.class::isInstance).map(RoutingContext.class::cast).findFirst().orElse(null);
        String authorization = request == null ? null : request.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        metrics.counter("sanad.token.refusals", "reason", reason).increment();
        if (mayLog()) {
            JsonNode header = part(authorization.substring(7).trim(), 0);
            JsonNode claims = part(authorization.substring(7).trim(), 1);
            LOG.infof("Refused a bearer token: %s (request %s, iss %s, kid %s)", reason,
                    request.request().getHeader(RequestId.HEADER), printable(claims.path("iss").asText(null)),
                    printable(header.path("kid").asText(null)));
        }
    }

    /** The first cause that says why; what smallrye-jwt wraps comes from jose4j. */
    static String reasonFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvableKeyException) {
                return "unknown-key";
            }
            if (cause instanceof InvalidJwtException invalid) {
                if (invalid.hasExpired()) {
                    return "expired";
                }
                if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
                    return "not-yet-valid";
                }
                if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID) || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
                    return "wrong-issuer";
                }
                if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
                    return "wrong-audience";
                }
                if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || invalid.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
                    return "bad-signature";
                }
                return "invalid";
            }
        }
        return "malformed";
    }

    private boolean mayLog() {
        long now = System.currentTimeMillis() / 1000;
        long current = second.get();
        if (current != now && second.compareAndSet(current, now)) {
            linesThisSecond.set(0);
        }
        return linesThisSecond.incrementAndGet() <= LINES_PER_SECOND;
    }

    private JsonNode part(String token, int index) {
        String[] parts = token.split("\\.", -1);
        try {
            return json.readTree(Base64.getUrlDecoder().decode(parts[index]));
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    /** A value the caller chose goes into the log: keep it short and on one line. */
    private static String printable(String value) {
        if (value == null) {
            return "-";
        }
        String safe = value.replaceAll("[^\\x20-\\x7e]", "?");
        return safe.length() > 200 ? safe.substring(0, 200) + "…" : safe;
    }
}
