package org.sanad.tools;

import java.nio.file.Path;

/** Where bin/run keeps what it generates ({@code SANAD_HOME}, default {@code .sanad} in the checkout). */
public final class Home {

    private Home() {
    }

    public static Path directory() {
        String configured = System.getenv("SANAD_HOME");
        return Path.of(configured == null || configured.isBlank() ? ".sanad" : configured).toAbsolutePath();
    }
}
