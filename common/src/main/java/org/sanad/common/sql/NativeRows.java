package org.sanad.common.sql;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Reads the column types of native query rows that the JDBC driver hands back in more than one shape. */
public final class NativeRows {

    private NativeRows() {
    }

    public static OffsetDateTime timestamp(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime time -> time;
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case Timestamp timestamp -> timestamp.toInstant().atOffset(ZoneOffset.UTC);
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }

    public static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalStateException("Unexpected date type " + value.getClass());
        };
    }

    public static List<String> strings(Object value) {
        try {
            Object array = value instanceof Array sql ? sql.getArray() : value;
            return array instanceof Object[] items ? Arrays.stream(items).map(String::valueOf).toList() : List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("Unreadable array column", e);
        }
    }
}
