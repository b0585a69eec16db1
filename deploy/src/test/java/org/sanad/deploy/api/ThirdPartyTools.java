package org.sanad.deploy.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sanad.deploy.identity.Repository;

/**
 * The npm packages of {@code deploy/third-party}, installed from the npm registry at the versions its
 * lock file pins ({@code npm ci}, once per lock-file change), and run as the tests' outside checkers.
 */
public final class ThirdPartyTools {

    static final Path DIRECTORY = Repository.ROOT.resolve("deploy/third-party");

    /** What a command printed, and how it ended. */
    public record Run(int exitCode, String output) {
    }

    private ThirdPartyTools() {
    }

    public static synchronized void install() {
        Path installed = DIRECTORY.resolve("node_modules/.package-lock.json");
        try {
            if (Files.exists(installed)
                    && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(DIRECTORY.resolve("package-lock.json"))) >= 0) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Run run = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("npm ci failed in " + DIRECTORY + ":\n" + run.output());
        }
    }

    /** Runs one of the scripts of {@code deploy/third-party} with Node.js, e.g. {@code verifier/check-certificate.mjs}. */
    public static Run node(String script, String... arguments) {
        List<String> line = new ArrayList<>(List.of("node", DIRECTORY.resolve(script).toString()));
        line.addAll(List.of(arguments));
        return run(line);
    }

    /** Runs an installed package's command, e.g. {@code spectral}, from {@code node_modules/.bin}. */
    static Run bin(String command, String... arguments) {
        List<String> line = new ArrayList<>();
        line.add(DIRECTORY.resolve("node_modules/.bin").resolve(command).toString());
        line.addAll(List.of(arguments));
        return run(line);
    }

    private static Run run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(DIRECTORY.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes:\n" + output);
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
