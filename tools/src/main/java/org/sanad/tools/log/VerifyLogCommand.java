package org.sanad.tools.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sanad.certification.log.LogVerifier;
import org.sanad.common.security.Roles;
import org.sanad.tools.token.DevelopmentTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify-log}: the auditor's check of the transparency log from the outside, with
 * certification-service's own {@link LogVerifier}. Exit 0: consistent; 1: something was altered,
 * reordered or removed; 2: the log could not be checked.
 */
@Command(name = "verify-log", mixinStandardHelpOptions = true,
        description = "Checks every signed head, leaf hash, the chain and the Merkle root at every head, through the API "
                + "and the published keys only; with --known-head, that the log still extends a head kept earlier.")
public final class VerifyLogCommand implements Callable<Integer> {

    static final int CONSISTENT = 0;
    static final int NOT_CONSISTENT = 1;
    static final int NOT_CHECKED = 2;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The platform's public address")
    URI url;

    @Option(names = "--token", description = "An auditor's or admin's token; default SANAD_TOKEN, else a development auditor token")
    String token;

    @Option(names = "--known-head", description = "A head kept from an earlier run (missing: nothing to compare with yet)")
    Path knownHead;

    @Option(names = "--save-head", description = "Where to keep the latest head when the log is consistent")
    Path saveHead;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        Optional<JsonNode> kept = knownHead == null || !Files.exists(knownHead)
                ? Optional.empty() : Optional.of(json.readTree(knownHead.toFile()));
        LogVerifier.Result result;
        try {
            String bearer = token != null ? token : DevelopmentTokens.givenOrMinted(Roles.AUDITOR, "verify-log", Duration.ofMinutes(10));
            result = new LogVerifier(url, bearer).verify(kept);
        } catch (ConnectException e) {
            System.err.println("cannot check the log: nothing answers at " + url);
            return NOT_CHECKED;
        } catch (IOException e) {
            System.err.println("cannot check the log: " + e.getMessage());
            return NOT_CHECKED;
        }
        System.out.printf("checked %d entries and %d signed heads at %s%n", result.entries(), result.heads(), url);
        kept.ifPresent(head -> System.out.printf("against the head you kept: size %d%n", head.path("treeSize").asLong()));
        result.findings().forEach(finding -> System.out.println("PROBLEM: " + finding.problem()));
        if (saveHead != null && result.latestHead() != null && result.consistent()) {
            Files.writeString(saveHead, json.writeValueAsString(result.latestHead()));
            System.out.println("kept the latest head in " + saveHead);
        }
        System.out.println(result.consistent() ? "the log is consistent" : "the log is NOT consistent");
        return result.consistent() ? CONSISTENT : NOT_CONSISTENT;
    }
}
