package org.sanad.common.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The dates the platform deals with: birth dates, trainings recorded after the fact, certificate
 * validity. Anything outside 1900–2199 is a typing error or an attack on the database's range, and
 * year 0 does not exist in the Gregorian calendar PostgreSQL stores.
 */
public final class SaneDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private static final String RANGE = "must be between " + EARLIEST + " and " + LATEST;

    private SaneDates() {
    }

    public static Optional<String> flaw(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) ? Optional.empty() : Optional.of(RANGE);
    }

    public static Optional<String> flaw(Instant instant) {
        return instant == null ? Optional.empty() : flaw(instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    public static Optional<String> flaw(OffsetDateTime time) {
        return time == null ? Optional.empty() : flaw(time.toInstant());
    }
}
