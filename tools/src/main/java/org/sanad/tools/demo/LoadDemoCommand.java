package org.sanad.tools.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sanad.common.security.Roles;
import org.sanad.tools.Environment;
import org.sanad.tools.token.DevelopmentTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load-demo}: loads the demo data through the platform's HTTP API at the gateway, as any client
 * would. Idempotent: what is already there is left alone. The token is SANAD_TOKEN (for example a
 * curriculum author's from the identity provider) or else a development admin token.
 */
@Command(name = "load-demo", mixinStandardHelpOptions = true,
        description = "Loads the demo curriculum, then the cohorts and their participants, then runs the Rabat ToT to completion.")
public final class LoadDemoCommand implements Callable<Integer> {

    enum Part { curriculum, cohorts, completions }

    @Parameters(paramLabel = "PART", arity = "0..*", description = "curriculum, cohorts or completions; default all three, in that order")
    Set<Part> parts = EnumSet.allOf(Part.class);

    @Option(names = "--gateway", description = "The gateway; default SANAD_GATEWAY, else http://127.0.0.1:SANAD_PORT_BASE (8080)")
    URI gateway = defaultGateway();

    @Option(names = "--dir", defaultValue = "demo", description = "The demo data directory")
    Path dir;

    @Override
    public Integer call() throws Exception {
        String token = DevelopmentTokens.givenOrMinted(Roles.ADMIN, "demo-loader", Duration.ofHours(1));
        Gateway api = new Gateway(gateway, token);
        try {
            if (parts.contains(Part.curriculum)) {
                System.out.println("Loading the demo curriculum into " + gateway);
                new CurriculumLoader(api, subject(token)).load(dir);
            }
            if (parts.contains(Part.cohorts)) {
                new CohortLoader(api).load(dir);
            }
            if (parts.contains(Part.completions)) {
                new CompletionLoader(api).load();
            }
        } catch (LoadFailed e) {
            System.err.println("load-demo: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** Versions are recorded as written by the token's subject: that is who may publish what this run wrote. */
    private static String subject(String token) throws Exception {
        String[] parts = token.split("\\.");
        String subject = parts.length == 3
                ? new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1])).path("sub").asText() : "";
        if (subject.isEmpty()) {
            throw new LoadFailed("the token has no sub claim");
        }
        return subject;
    }

    private static URI defaultGateway() {
        return URI.create(Environment.variable("SANAD_GATEWAY").map(gateway -> gateway.replaceFirst("/+$", ""))
                .orElse("http://127.0.0.1:" + Environment.variable("SANAD_PORT_BASE").orElse("8080")));
    }
}
