package org.sanad.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How the gateway chooses an instance of a scaled-out service for each attempt of a request. */
@Tag("unit")
class UpstreamTest {

    @Test
    void instancesThatAreUpTakeEqualTurns() {
        Upstream upstream = upstream(3);
        Map<String, Integer> served = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            served.merge(upstream.pick(0).authority(), 1, Integer::sum);
        }
        assertEquals(Map.of("10.0.0.0:8080", 100, "10.0.0.1:8080", 100, "10.0.0.2:8080", 100), served);
    }

    @Test
    void anInstanceDownIsPassedOverWhileAnotherIsUp() {
        Upstream upstream = upstream(3);
        upstream.instances().get(1).markDown();
        for (int i = 0; i < 30; i++) {
            assertTrue(upstream.pick(0).isUp());
        }
    }

    @Test
    void whenAllAreDownTheOneDownLongestIsTried() throws InterruptedException {
        Upstream upstream = upstream(3);
        upstream.instances().get(2).markDown();
        Thread.sleep(1);
        upstream.instances().get(0).markDown();
        upstream.instances().get(1).markDown();
        assertEquals(upstream.instances().get(2), upstream.pick(0));
    }

    @Test
    void anAttemptNeverGoesBackToAnInstanceAlreadyTried() {
        qt().forAll(integers().between(1, 8), longs().between(0, 255), longs().between(0, 255)).check((size, tried, down) -> {
            Upstream upstream = upstream(size);
            IntStream.range(0, size).filter(i -> (down & (1L << i)) != 0).forEach(i -> upstream.instances().get(i).markDown());
            long triedHere = tried & ((1L << size) - 1);
            Upstream.Instance picked = upstream.pick(triedHere);
            if (!upstream.hasUntried(triedHere)) {
                return picked == null;
            }
            return picked != null && (triedHere & upstream.bitOf(picked)) == 0
                    && (picked.isUp() || upstream.instances().stream()
                            .filter(i -> (triedHere & upstream.bitOf(i)) == 0).noneMatch(Upstream.Instance::isUp));
        });
    }

    @Test
    void aServiceHasBetweenOneAndSixtyFourInstances() {
        assertThrows(IllegalArgumentException.class, () -> Upstream.of("curriculum", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Upstream.of("curriculum", List.of(URI.create("ftp://x"))));
        assertNull(upstream(1).pick(1));
    }

    private static Upstream upstream(int instances) {
        return Upstream.of("curriculum", IntStream.range(0, instances)
                .mapToObj(i -> URI.create("http://10.0.0." + i + ":8080")).toList());
    }
}
