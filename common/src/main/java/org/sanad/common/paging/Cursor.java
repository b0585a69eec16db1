package org.sanad.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.sanad.common.input.SaneDates;
import org.sanad.common.input.StorableText;
import org.sanad.common.problem.ProblemException;

/**
 * The position after which a keyset page starts, handed to clients as an opaque string so that the
 * sort keys behind it can change without breaking them.
 */
public record Cursor(List<String> keys) {

    private static final String VERSION = "v1";
    private static final char SEPARATOR = '\u001f';

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String encode() {
        String raw = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; one that this service did not make is a 400. */
    public static Cursor decode(String token, int expectedKeys) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(raw.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() == expectedKeys + 1 && VERSION.equals(parts.get(0)) && StorableText.isStorable(raw)) {
                return new Cursor(parts.subList(1, parts.size()));
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the refusal below
        }
        throw foreign();
    }

    public String key(int index) {
        return keys.get(index);
    }

    public long longKey(int index) {
        try {
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException e) {
            throw foreign();
        }
    }

    public UUID uuidKey(int index) {
        try {
            return UUID.fromString(keys.get(index));
        } catch (IllegalArgumentException e) {
            throw foreign();
        }
    }

    public OffsetDateTime timeKey(int index) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(keys.get(index));
            if (SaneDates.flaw(time).isPresent()) {
                throw foreign();
            }
            return time;
        } catch (DateTimeParseException e) {
            throw foreign();
        }
    }

    private static ProblemException foreign() {
        return ProblemException.invalidField("cursor", "unknown cursor; start again without one",
                "The cursor is not one this service issued");
    }
}
