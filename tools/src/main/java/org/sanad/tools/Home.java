package org.sanad.tools;

import java.nio.file.Path;

/** Where bin/run keeps what it generates ({@code SANAD_HOME}, default {@code .sanad} in the checkout). */
public final class Home {

    private Home() {
    }

    public static Path directory() {
        return Path.of(Environment.variable("SANAD_HOME").orElse(".sanad")).toAbsolutePath();
    }
}
