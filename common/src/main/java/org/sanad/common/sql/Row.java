package org.sanad.common.sql;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One row of a native query, read by column name (the SELECT's alias, in lower case as PostgreSQL
 * reports it), never by position: a SELECT can gain or reorder columns and its readers stay right.
 * It also evens out the column types the JDBC driver hands back in more than one shape.
 */
public record Row(Tuple tuple) {

    /** The rows of a native query created with {@code Tuple.class}. */
    @SuppressWarnings("unchecked")
    public static List<Row> all(Query query) {
        return ((List<Tuple>) query.getResultList()).stream().map(Row::new).toList();
    }

    /** The one row of a native query created with {@code Tuple.class}. */
    public static Row single(Query query) {
        return new Row((Tuple) query.getSingleResult());
    }

    public Object value(String column) {
        return tuple.get(column);
    }

    public String string(String column) {
        Object value = tuple.get(column);
        return value == null ? null : value.toString();
    }

    public long longValue(String column) {
        return number(column).longValue();
    }

    public int intValue(String column) {
        return number(column).intValue();
    }

    public Integer nullableInt(String column) {
        Number value = (Number) tuple.get(column);
        return value == null ? null : value.intValue();
    }

    public double doubleValue(String column) {
        return number(column).doubleValue();
    }

    public BigDecimal decimal(String column) {
        return switch (tuple.get(column)) {
            case null -> null;
            case BigDecimal decimal -> decimal;
            case Number number -> new BigDecimal(number.toString());
            default -> throw new IllegalStateException("Column " + column + " is not a number");
        };
    }

    public boolean bool(String column) {
        return (Boolean) tuple.get(column);
    }

    public UUID uuid(String column) {
        return (UUID) tuple.get(column);
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String name = string(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    public OffsetDateTime timestamp(String column) {
        Object value = tuple.get(column);
        return switch (value) {
            case null -> null;
            case OffsetDateTime time -> time;
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case Timestamp timestamp -> timestamp.toInstant().atOffset(ZoneOffset.UTC);
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass() + " in " + column);
        };
    }

    public LocalDate date(String column) {
        Object value = tuple.get(column);
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalStateException("Unexpected date type " + value.getClass() + " in " + column);
        };
    }

    /** A text array; empty when the column is NULL. */
    public List<String> strings(String column) {
        Object value = tuple.get(column);
        try {
            Object array = value instanceof Array sql ? sql.getArray() : value;
            return array instanceof Object[] items ? Arrays.stream(items).map(String::valueOf).toList() : List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("Unreadable array column " + column, e);
        }
    }

    private Number number(String column) {
        Number value = (Number) tuple.get(column);
        if (value == null) {
            throw new IllegalStateException("Column " + column + " is NULL");
        }
        return value;
    }
}
