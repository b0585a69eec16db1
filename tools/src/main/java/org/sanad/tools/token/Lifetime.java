package org.sanad.tools.token;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A token lifetime as people write it: {@code 30m}, {@code 8h}, {@code 3600s} or {@code 3600}. */
public final class Lifetime implements ITypeConverter<Duration> {

    private static final Pattern FORM = Pattern.compile("([0-9]{1,7})([hms]?)");

    @Override
    public Duration convert(String value) {
        Matcher matcher = FORM.matcher(value);
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new TypeConversionException("a lifetime like 30m, 1h or 3600s, not '" + value + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
