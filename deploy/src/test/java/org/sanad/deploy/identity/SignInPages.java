package org.sanad.deploy.identity;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at Keycloak's own pages, as a browser without scripts would be: it follows redirects with
 * its cookies, fills the login form with the user's name and password and accepts the consent page.
 * Used for the authorization code flow with PKCE and to approve a device-flow code.
 */
final class SignInPages {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /**
     * Keycloak marks its cookies Secure even on http://localhost, where browsers (and curl) still send
     * them back; java.net's CookieManager would not, so they are kept here by name.
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String username;
    private final String password;

    SignInPages(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /** The authorization code flow with PKCE (S256) for a public client; returns the access token. */
    String authorizationCode(LocalKeycloak keycloak, String clientId, String redirectUri) throws IOException {
        String verifier = randomToken();
        String authorize = keycloak.issuer() + "/protocol/openid-connect/auth?" + form(Map.of("client_id", clientId,
                "response_type", "code", "scope", "openid", "redirect_uri", redirectUri, "state", randomToken(),
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        String landing = walk(authorize, redirectUri);
        String code = Pattern.compile("[?&]code=([^&]+)").matcher(landing).results().findFirst()
                .orElseThrow(() -> new IllegalStateException("No code in " + landing)).group(1);
        return RestAssured.given().formParam("grant_type", "authorization_code").formParam("client_id", clientId)
                .formParam("code", code).formParam("redirect_uri", redirectUri).formParam("code_verifier", verifier)
                .post(keycloak.tokenEndpoint(LocalKeycloak.REALM)).then().statusCode(200).extract().path("access_token");
    }

    /** What the authorization endpoint shows for a request without a PKCE challenge. */
    String withoutPkce(LocalKeycloak keycloak, String clientId, String redirectUri) throws IOException {
        String authorize = keycloak.issuer() + "/protocol/openid-connect/auth?" + form(Map.of("client_id", clientId,
                "response_type", "code", "scope", "openid", "redirect_uri", redirectUri, "state", randomToken()));
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(authorize)).GET());
        String location = page.headers().firstValue("Location").orElse("");
        return location.isEmpty() ? page.body() : location;
    }

    /** Approves a device-flow code at its verification URL, as the person would in a browser. */
    void approveDevice(String verificationUriComplete) throws IOException {
        String page = walk(verificationUriComplete, null);
        if (!page.contains("kc-page-title") || page.contains("name=\"password\"")) {
            throw new IllegalStateException("The device was not approved:\n" + page);
        }
    }

    /**
     * Follows redirects and answers forms until the provider redirects to {@code stopAt} (returning
     * that URL) or shows a page with no form left to answer (returning it).
     */
    private String walk(String url, String stopAt) throws IOException {
        String next = url;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(next)).GET();
        for (int step = 0; step < 12; step++) {
            HttpResponse<String> response = send(request);
            String location = response.headers().firstValue("Location").orElse(null);
            if (location != null) {
                next = URI.create(next).resolve(location).toString();
                if (stopAt != null && next.startsWith(stopAt)) {
                    return next;
                }
                request = HttpRequest.newBuilder(URI.create(next)).GET();
                continue;
            }
            String body = response.body();
            Matcher form = FORM.matcher(body);
            Map<String, String> fields = new LinkedHashMap<>();
            HIDDEN.matcher(body).results().forEach(hidden -> fields.put(hidden.group(1), unescape(hidden.group(2))));
            if (body.contains("name=\"password\"")) {
                fields.put("username", username);
                fields.put("password", password);
            } else if (body.contains("name=\"accept\"")) {
                fields.put("accept", "Yes");
            } else {
                return body;
            }
            if (!form.find()) {
                return body;
            }
            next = URI.create(next).resolve(unescape(form.group(1))).toString();
            request = HttpRequest.newBuilder(URI.create(next)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        }
        throw new IllegalStateException("Sign-in did not finish in 12 steps, last at " + next);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        if (!cookies.isEmpty()) {
            request.setHeader("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
