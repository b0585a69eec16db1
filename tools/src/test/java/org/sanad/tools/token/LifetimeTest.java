package org.sanad.tools.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

@Tag("unit")
class LifetimeTest {

    private final Lifetime lifetime = new Lifetime();

    @Test
    void readsHoursMinutesAndSeconds() {
        assertEquals(Duration.ofHours(8), lifetime.convert("8h"));
        assertEquals(Duration.ofMinutes(30), lifetime.convert("30m"));
        assertEquals(Duration.ofSeconds(3600), lifetime.convert("3600s"));
        assertEquals(Duration.ofSeconds(90), lifetime.convert("90"));
    }

    @Test
    void refusesWhatIsNotALifetime() {
        for (String wrong : new String[] {"", "0", "1d", "-5m", "1h30m", "h", "12345678"}) {
            assertThrows(TypeConversionException.class, () -> lifetime.convert(wrong), wrong);
        }
    }
}
