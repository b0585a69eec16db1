package org.sanad.gateway.ratelimit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanad.gateway.config.GatewayConfig;

/**
 * A token bucket per client address for the public routes, so one client cannot flood verification
 * or enumerate codes. Buckets of clients gone quiet are dropped, so memory stays bounded.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private final double perNano;
    private final double burst;
    private final int maxClients;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public ClientRateLimiter(GatewayConfig config, MeterRegistry registry) {
        this(config.publicRate().perSecond(), config.publicRate().burst(), config.publicRate().maxClients());
        Gauge.builder("sanad.gateway.rate.limited.clients", this, ClientRateLimiter::trackedClients)
                .description("Client addresses the public rate limit holds a bucket for (at most max-clients)")
                .register(registry);
    }

    ClientRateLimiter(double perSecond, int burst, int maxClients) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.maxClients = maxClients;
    }

    /** Takes one request from the client's allowance; returns 0 if allowed, else seconds to wait. */
    public long acquire(String client, long nowNanos) {
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            forgetIdle(nowNanos);
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            bucket.refill(nowNanos, perNano, burst);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
        }
    }

    /** Drops every client whose bucket has refilled: they have been quiet long enough to start afresh. */
    public void forgetIdle(long nowNanos) {
        buckets.entrySet().removeIf(entry -> {
            Bucket bucket = entry.getValue();
            synchronized (bucket) {
                bucket.refill(nowNanos, perNano, burst);
                return bucket.tokens >= burst;
            }
        });
    }

    int trackedClients() {
        return buckets.size();
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }

        void refill(long now, double perNano, double burst) {
            if (now > updatedAt) {
                tokens = Math.min(burst, tokens + (now - updatedAt) * perNano);
                updatedAt = now;
            }
        }
    }
}
