package org.sanad.tools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The platform's API at the gateway, called with one bearer token; any answer not expected ends the load. */
final class Gateway {

    /** An answer: its status, its body read as JSON (null when it is not JSON), and its ETag as sent. */
    record Answer(int status, String text, JsonNode json, Optional<String> etag) {
    }

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    Gateway(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    Answer get(String path, int... expected) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null, null, expected);
    }

    Answer send(String method, String path, String json, String ifMatch, int... expected) {
        return send(method, path, HttpRequest.BodyPublishers.ofString(json), "application/json", ifMatch, expected);
    }

    Answer send(String method, String path, HttpRequest.BodyPublisher body, String contentType, String ifMatch, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .method(method, body)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new LoadFailed("cannot reach the gateway at " + base + " (" + method + " " + path
                    + "). Is the platform running (bin/run start)?");
        } catch (IOException e) {
            throw new LoadFailed(method + " " + path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailed("interrupted");
        }
        if (Arrays.stream(expected).noneMatch(code -> code == response.statusCode())) {
            String hint = response.statusCode() == 401
                    ? "\nThe token was refused; is SANAD_HOME the one the platform was started with?" : "";
            throw new LoadFailed(method + " " + path + " answered HTTP " + response.statusCode() + " (expected "
                    + Arrays.toString(expected) + ")\n" + response.body() + hint);
        }
        return new Answer(response.statusCode(), response.body(), json(response.body()), response.headers().firstValue("ETag"));
    }

    private JsonNode json(String body) {
        try {
            return body.isBlank() ? null : mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
