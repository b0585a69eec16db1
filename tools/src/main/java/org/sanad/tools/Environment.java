package org.sanad.tools;

import java.util.Optional;

/** The environment variables the commands read; one that is set but blank counts as unset. */
public final class Environment {

    private Environment() {
    }

    public static Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
