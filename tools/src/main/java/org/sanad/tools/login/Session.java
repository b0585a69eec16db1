package org.sanad.tools.login;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

/** A signed-in person's tokens, with what refreshing them needs, kept in a file only they can read. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Session(String issuer, String clientId, String tokenEndpoint, String endSessionEndpoint, String accessToken,
        String refreshToken, String idToken, long expiresAt, long refreshExpiresAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The session a token endpoint's answer starts. */
    static Session from(JsonNode answer, String issuer, String clientId, String tokenEndpoint, String endSessionEndpoint) {
        long now = Instant.now().getEpochSecond();
        return new Session(issuer, clientId, tokenEndpoint, endSessionEndpoint, answer.path("access_token").asText(),
                answer.path("refresh_token").asText(null), answer.path("id_token").asText(null),
                now + answer.path("expires_in").asLong(300), now + answer.path("refresh_expires_in").asLong(0));
    }

    Session refreshedBy(JsonNode answer) {
        return from(answer, issuer, clientId, tokenEndpoint, endSessionEndpoint);
    }

    boolean expiresWithin(long seconds) {
        return expiresAt <= Instant.now().getEpochSecond() + seconds;
    }

    static Session read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            throw new LoginFailed("not signed in: run bin/login --issuer URL first");
        }
        return JSON.readValue(file.toFile(), Session.class);
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        JSON.writeValue(temporary.toFile(), this);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
