package org.sanad.tools;

import org.sanad.tools.demo.LoadDemoCommand;
import org.sanad.tools.keys.DevKeysCommand;
import org.sanad.tools.log.VerifyLogCommand;
import org.sanad.tools.login.LoginCommand;
import org.sanad.tools.token.DemoTokensCommand;
import org.sanad.tools.token.TokenCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The commands behind {@code bin/}: each script is a thin wrapper that runs one of them. */
@Command(name = "sanad-tools", mixinStandardHelpOptions = true,
        description = "Development keys and tokens, demo data, signing in, and the auditor's check of the log.",
        subcommands = {DevKeysCommand.class, TokenCommand.class, DemoTokensCommand.class, LoadDemoCommand.class,
                LoginCommand.class, VerifyLogCommand.class})
public final class SanadTools {

    /** What a command exits with when it could not do its work (verify-log: the log could not be checked). */
    static final int COULD_NOT = 2;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SanadTools()).setExecutionExceptionHandler(SanadTools::cannotGoOn).execute(args));
    }

    /** A failure the command did not expect (unreachable host, unreadable file, bad answer): one line, no stack trace. */
    private static int cannotGoOn(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        command.getErr().println(command.getCommandName() + ": " + reason);
        return COULD_NOT;
    }
}
