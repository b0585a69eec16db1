package org.sanad.enrollment.outbox.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanad.enrollment.servicetoken.UnauthorizedRetry;

/**
 * Delivers one completion event to certification-service and says what became of it. A refusal no
 * retry can change (the event itself is wrong for the receiver) is {@link Refused}; anything else that
 * fails is {@link Unavailable} and is retried by the outbox. While certification-service keeps failing,
 * the circuit opens and deliveries fail at once instead of each waiting for a timeout.
 */
@ApplicationScoped
public class CompletionDelivery {

    /**
     * 4xx answers a later attempt can turn into a success: 401/403 (a token or key being rotated; a 401 is
     * first retried at once with a new token), 404 (a
     * route not yet deployed), 408 and 429 (the receiver is busy), 425 (too early). Every other 4xx says the
     * event itself is unacceptable, and sending it again would only fail again.
     */
    private static final Set<Integer> RETRYABLE_CLIENT_ERRORS = Set.of(401, 403, 404, 408, 425, 429);
    private static final int MAX_DETAIL = 1500;

    private final CertificationClient client;

    public CompletionDelivery(@RestClient CertificationClient client) {
        this.client = client;
    }

    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000, failOn = Unavailable.class,
            skipOn = Refused.class)
    public void deliver(UUID eventId, String event) {
        try {
            UnauthorizedRetry.once("certification-service", () -> client.deliver(eventId.toString(), event));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409) {
                return; // certification-service already holds this event: a redelivery, and a success
            }
            String answer = "certification-service answered HTTP " + status + detail(e.getResponse());
            if (status >= 400 && status < 500 && !RETRYABLE_CLIENT_ERRORS.contains(status)) {
                throw new Refused(answer);
            }
            throw new Unavailable(answer);
        } catch (ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new Unavailable("certification-service cannot be reached: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        }
    }

    /** The problem document's text, so that an admin reading a parked event sees which field was refused. */
    private static String detail(Response response) {
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (body == null || body.isBlank()) {
                return "";
            }
            return ": " + (body.length() <= MAX_DETAIL ? body : body.substring(0, MAX_DETAIL) + "…");
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    /** Failed in a way a later attempt may not: retry with backoff. */
    public static final class Unavailable extends RuntimeException {

        Unavailable(String why) {
            super(why, null, false, false);
        }
    }

    /** Refused for good: the event is parked until an admin replays it. */
    public static final class Refused extends RuntimeException {

        Refused(String why) {
            super(why, null, false, false);
        }
    }
}
