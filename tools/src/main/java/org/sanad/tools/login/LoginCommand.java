package org.sanad.tools.login;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.sanad.tools.Environment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code login}: signs a person in at an OpenID provider with the device authorization grant
 * (RFC 8628) and keeps their tokens for curl. Prompts go to standard error, tokens to standard output.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Signs in with the device flow: prints a URL and a code to open in any browser, waits, then keeps the tokens.",
        footer = "%ncurl -H \"Authorization: Bearer $(bin/login --token)\" https://sanad.example.org/api/enrollment/cohorts")
public final class LoginCommand implements Callable<Integer> {

    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final int REFRESH_BEFORE_SECONDS = 30;

    @Option(names = "--issuer", description = "The provider's issuer URL; default SANAD_LOGIN_ISSUER")
    String issuer = Environment.variable("SANAD_LOGIN_ISSUER").orElse(null);

    @Option(names = "--client-id", description = "The public client with the device grant; default SANAD_LOGIN_CLIENT_ID or sanad-cli")
    String clientId = Environment.variable("SANAD_LOGIN_CLIENT_ID").orElse("sanad-cli");

    @ArgGroup
    Action action;

    static final class Action {
        @Option(names = "--token", required = true, description = "Print the access token, refreshed first when it expires within 30 s")
        boolean token;

        @Option(names = "--refresh", required = true, description = "Refresh the access token now and print it")
        boolean refresh;

        @Option(names = "--logout", required = true, description = "End the session at the provider and forget the tokens")
        boolean logout;
    }

    private final Path file = Path.of(Environment.variable("SANAD_LOGIN_FILE")
            .orElse(System.getProperty("user.home") + "/.config/sanad/login.json"));
    private final Provider provider = new Provider();

    @Override
    public Integer call() throws Exception {
        try {
            if (action == null) {
                signIn();
            } else if (action.logout) {
                logout(Session.read(file));
            } else {
                Session session = Session.read(file);
                if (action.refresh || session.expiresWithin(REFRESH_BEFORE_SECONDS)) {
                    session = refresh(session);
                }
                System.out.println(session.accessToken());
            }
            return 0;
        } catch (LoginFailed e) {
            System.err.println("bin/login: " + e.getMessage());
            return 1;
        }
    }

    private void signIn() throws Exception {
        if (issuer == null || issuer.isBlank()) {
            throw new LoginFailed("which provider? bin/login --issuer https://id.example.org/realms/sanad (or set SANAD_LOGIN_ISSUER)");
        }
        String base = issuer.replaceFirst("/+$", "");
        JsonNode discovery = provider.discover(base);
        String deviceEndpoint = discovery.path("device_authorization_endpoint").asText("");
        String tokenEndpoint = discovery.path("token_endpoint").asText();
        String endSession = discovery.path("end_session_endpoint").asText("");
        if (deviceEndpoint.isEmpty()) {
            throw new LoginFailed(base + " does not offer the device authorization grant");
        }
        JsonNode device = provider.post(deviceEndpoint, "client_id", clientId, "scope", "openid");
        if (!device.hasNonNull("device_code")) {
            throw new LoginFailed("the provider refused the device flow for client " + clientId + ": " + reason(device));
        }
        System.err.printf("To sign in, open %s%nand enter the code %s%n", device.path("verification_uri").asText(),
                device.path("user_code").asText());
        if (device.hasNonNull("verification_uri_complete")) {
            System.err.printf("(or open %s)%n", device.path("verification_uri_complete").asText());
        }
        long interval = device.path("interval").asLong(5);
        Instant deadline = Instant.now().plusSeconds(device.path("expires_in").asLong(600));
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(interval * 1000);
            JsonNode answer = provider.post(tokenEndpoint, "grant_type", DEVICE_GRANT, "client_id", clientId,
                    "device_code", device.path("device_code").asText());
            switch (answer.path("error").asText("")) {
                case "" -> {
                    Session.from(answer, base, clientId, tokenEndpoint, endSession).save(file);
                    System.err.printf("Signed in; the token is in %s. Use it with: curl -H \"Authorization: Bearer $(bin/login --token)\" ...%n", file);
                    return;
                }
                case "authorization_pending" -> {
                    // the person has not approved yet
                }
                case "slow_down" -> interval += 5;
                default -> throw new LoginFailed("sign-in failed: " + reason(answer));
            }
        }
        throw new LoginFailed("the code expired before sign-in completed; run bin/login again");
    }

    private Session refresh(Session session) throws Exception {
        if (session.refreshToken() == null) {
            throw new LoginFailed("no refresh token: sign in again with bin/login --issuer " + session.issuer());
        }
        JsonNode answer = provider.post(session.tokenEndpoint(), "grant_type", "refresh_token",
                "client_id", session.clientId(), "refresh_token", session.refreshToken());
        if (!answer.hasNonNull("access_token")) {
            throw new LoginFailed("the provider refused to refresh the token (" + reason(answer)
                    + "): sign in again with bin/login --issuer " + session.issuer());
        }
        Session refreshed = session.refreshedBy(answer);
        refreshed.save(file);
        return refreshed;
    }

    private void logout(Session session) throws Exception {
        if (session.endSessionEndpoint() != null && !session.endSessionEndpoint().isEmpty() && session.refreshToken() != null) {
            try {
                provider.post(session.endSessionEndpoint(), "client_id", session.clientId(), "refresh_token", session.refreshToken());
            } catch (java.io.IOException e) {
                System.err.println("bin/login: the provider did not answer (" + e.getMessage() + "); forgetting the tokens anyway");
            }
        }
        Files.deleteIfExists(file);
        System.err.println("Signed out.");
    }

    private static String reason(JsonNode answer) {
        return answer.path("error_description").asText(answer.path("error").asText("no answer"));
    }
}
