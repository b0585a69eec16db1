package org.sanad.common.input;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads query, path and header parameters for every resource, so that a value that does not parse,
 * an unknown enum name, text PostgreSQL cannot store or a date out of range is a 400 naming the
 * parameter rather than a 404 or a database error.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (type == String.class) {
            return (ParamConverter<T>) converter(name, "text", Function.identity(), Function.identity());
        }
        if (type == int.class || type == Integer.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Integer::valueOf, String::valueOf);
        }
        if (type == long.class || type == Long.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Long::valueOf, String::valueOf);
        }
        if (type == boolean.class || type == Boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", ParameterConverters::parseBoolean, String::valueOf);
        }
        if (type == UUID.class) {
            return (ParamConverter<T>) converter(name, "a UUID", UUID::fromString, UUID::toString);
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date (YYYY-MM-DD)", value -> {
                LocalDate date = LocalDate.parse(value);
                return checked(name, date, SaneDates.flaw(date));
            }, LocalDate::toString);
        }
        if (type.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, (Class<? extends Enum>) type);
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return converter(name, "one of " + allowed, value -> Enum.valueOf(type, value), Enum::name);
    }

    private static boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static <T> T checked(String name, T value, Optional<String> flaw) {
        if (flaw.isPresent()) {
            throw new InvalidParameterException(name, flaw.get());
        }
        return value;
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse,
            Function<T, String> format) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                StorableText.flaw(value).ifPresent(flaw -> {
                    throw new InvalidParameterException(name, flaw);
                });
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, "must be " + expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : format.apply(value);
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
