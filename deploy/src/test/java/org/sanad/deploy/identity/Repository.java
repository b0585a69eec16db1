package org.sanad.deploy.identity;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in: deploy/'s parent. */
public final class Repository {

    public static final Path ROOT = locate();

    private Repository() {
    }

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("deploy/keycloak/sanad-realm.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Not inside the Sanad checkout: " + here);
    }
}
