package org.sanad.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ClientRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final ClientRateLimiter limiter = new ClientRateLimiter(2, 4, 3);

    @Test
    void allowsABurstThenAsksToWait() {
        for (int i = 0; i < 4; i++) {
            assertEquals(0, limiter.acquire("10.0.0.1", 0));
        }
        assertEquals(1, limiter.acquire("10.0.0.1", 0));
    }

    @Test
    void refillsAtTheSustainedRate() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("10.0.0.1", 0);
        }
        assertEquals(0, limiter.acquire("10.0.0.1", SECOND / 2));
        assertTrue(limiter.acquire("10.0.0.1", SECOND / 2) > 0);
    }

    @Test
    void keepsClientsApart() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("10.0.0.1", 0);
        }
        assertEquals(0, limiter.acquire("10.0.0.2", 0));
    }

    @Test
    void forgetsQuietClientsToStayWithinItsBound() {
        limiter.acquire("10.0.0.1", 0);
        limiter.acquire("10.0.0.2", 0);
        limiter.acquire("10.0.0.3", 0);
        limiter.acquire("10.0.0.4", 10 * SECOND);
        assertEquals(1, limiter.trackedClients());
    }
}
