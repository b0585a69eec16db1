package org.sanad.common.input;

import java.util.Optional;

/**
 * Text PostgreSQL can store exactly: no NUL (its text types refuse 0x00) and no unpaired UTF-16
 * surrogate (the JDBC driver would silently write {@code ?} in its place).
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why the text cannot be stored as it is, or empty when it can. */
    public static Optional<String> flaw(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired UTF-16 surrogate");
            }
        }
        return Optional.empty();
    }

    public static boolean isStorable(CharSequence text) {
        return flaw(text).isEmpty();
    }
}
