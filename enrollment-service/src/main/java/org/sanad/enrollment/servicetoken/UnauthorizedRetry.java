package org.sanad.enrollment.servicetoken;

import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Sends a call to another service once more when it answered 401. The OIDC client filter has then
 * dropped the token it sent ({@code quarkus.rest-client-oidc-filter.refresh-on-unauthorized}), so the
 * second attempt carries a new one: a token signed with a key the provider has just removed, or
 * revoked, costs one round trip instead of failing every call until it expires.
 */
public final class UnauthorizedRetry {

    private static final Logger LOG = Logger.getLogger(UnauthorizedRetry.class);

    private UnauthorizedRetry() {
    }

    public static <T> T once(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 401) {
                throw e;
            }
            LOG.infof("%s refused this service's token (401): sending the call once more with a new token", service);
            return call.get();
        }
    }
}
