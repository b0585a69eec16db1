package org.sanad.tools.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sanad.common.security.DevelopmentKeyGuard;
import org.sanad.common.security.Roles;
import org.sanad.tools.Home;
import org.sanad.tools.keys.DevelopmentKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code token ROLE}: prints a development token signed with the key bin/run generated. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Prints a development token signed with the key under SANAD_HOME/keys (generated if missing).")
public final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROLE", description = "admin, curriculum-author, registrar, trainer, partner, auditor or service")
    String role;

    @Option(names = "--institution", description = "The institution a registrar or partner acts for, e.g. DGSN or MINUSMA")
    String institution;

    @Option(names = "--sub", description = "The subject; default dev-ROLE")
    String subject;

    @Option(names = "--ttl", defaultValue = "1h", converter = Lifetime.class, description = "How long it is valid: 30m, 1h, 3600s")
    Duration lifetime;

    @Option(names = "--issuer", hidden = true, description = "Another issuer, for checks that its tokens are refused")
    String issuer = DevelopmentKeyGuard.DEVELOPMENT_ISSUER;

    @Option(names = "--expired-since", hidden = true, converter = Lifetime.class,
            description = "A token that expired this long ago, for checks that expired tokens are refused")
    Duration expiredSince;

    @Override
    public Integer call() throws Exception {
        if (!Roles.ALL.contains(role)) {
            throw new ParameterException(spec.commandLine(), "unknown role: " + role + "; one of " + Roles.ALL);
        }
        if (institution != null && !institution.matches("[A-Za-z0-9_.-]+")) {
            throw new ParameterException(spec.commandLine(), "--institution: letters, digits, '.', '_' and '-' only");
        }
        if (subject != null && !subject.matches("[A-Za-z0-9_.@:-]+")) {
            throw new ParameterException(spec.commandLine(), "--sub: letters, digits and '._@:-' only");
        }
        DevelopmentKeys keys = new DevelopmentKeys(Home.directory());
        if (!keys.exist()) {
            System.err.println("warning: no development key in " + Home.directory().resolve("keys") + ": generating one. "
                    + "A platform started by bin/run with another SANAD_HOME will refuse tokens signed with it.");
            keys.ensure();
        }
        String sub = subject == null ? "dev-" + role : subject;
        Instant issuedAt = expiredSince == null ? Instant.now() : Instant.now().minus(expiredSince).minus(lifetime);
        System.out.println(new DevelopmentTokens(keys.tokenKey())
                .mint(issuer, role, Optional.ofNullable(institution), sub, issuedAt, lifetime));
        return 0;
    }
}
