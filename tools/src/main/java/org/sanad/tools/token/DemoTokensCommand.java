package org.sanad.tools.token;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sanad.common.security.Roles;
import org.sanad.tools.Home;
import org.sanad.tools.keys.DevelopmentKeys;
import picocli.CommandLine.Command;

/** {@code demo-tokens}: one eight-hour token per role, for the demo institutions, as bin/run prints them. */
@Command(name = "demo-tokens", mixinStandardHelpOptions = true,
        description = "Prints an eight-hour development token for each role, registrars and trainers of DGSN, partners of MINUSMA.")
public final class DemoTokensCommand implements Callable<Integer> {

    private record Holder(String role, Optional<String> institution) {
    }

    private static final List<Holder> HOLDERS = List.of(
            new Holder(Roles.ADMIN, Optional.empty()),
            new Holder(Roles.CURRICULUM_AUTHOR, Optional.empty()),
            new Holder(Roles.REGISTRAR, Optional.of("DGSN")),
            new Holder(Roles.TRAINER, Optional.of("DGSN")),
            new Holder(Roles.PARTNER, Optional.of("MINUSMA")),
            new Holder(Roles.AUDITOR, Optional.empty()),
            new Holder(Roles.SERVICE, Optional.empty()));

    @Override
    public Integer call() throws Exception {
        DevelopmentKeys keys = new DevelopmentKeys(Home.directory());
        keys.ensure();
        DevelopmentTokens tokens = new DevelopmentTokens(keys.tokenKey());
        for (Holder holder : HOLDERS) {
            String label = holder.role() + holder.institution().map(institution -> " (" + institution + ")").orElse("");
            String token = tokens.mint(holder.role(), holder.institution(), "demo-" + holder.role(), Duration.ofHours(8));
            System.out.printf("  %-18s %s%n", label, token);
        }
        return 0;
    }
}
