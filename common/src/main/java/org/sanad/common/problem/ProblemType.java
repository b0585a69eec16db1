package org.sanad.common.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.URI;

/**
 * The kinds of problem Sanad reports, each with a stable type URI clients can switch on.
 * Plain HTTP conditions use {@code about:blank}, as RFC 9457 recommends.
 */
public enum ProblemType {
    VALIDATION(400, "Request is not valid", "urn:sanad:problem:validation"),
    MALFORMED_BODY(400, "Request body is not readable", "urn:sanad:problem:malformed-body"),
    UNAUTHENTICATED(401, "Authentication required", "about:blank"),
    FORBIDDEN(403, "Not allowed", "about:blank"),
    NOT_FOUND(404, "Not found", "about:blank"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "about:blank"),
    NOT_ACCEPTABLE(406, "Not acceptable", "about:blank"),
    CONFLICT(409, "Conflict", "urn:sanad:problem:conflict"),
    STALE_WRITE(412, "Precondition failed", "urn:sanad:problem:stale-write"),
    BODY_TOO_LARGE(413, "Request body too large", "about:blank"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "about:blank"),
    UNPROCESSABLE(422, "Request cannot be processed", "urn:sanad:problem:unprocessable"),
    PRECONDITION_REQUIRED(428, "Precondition required", "urn:sanad:problem:if-match-required"),
    TOO_MANY_REQUESTS(429, "Too many requests", "about:blank"),
    INTERNAL(500, "Internal error", "about:blank"),
    BAD_GATEWAY(502, "Bad gateway", "about:blank"),
    UNAVAILABLE(503, "Service unavailable", "about:blank"),
    GATEWAY_TIMEOUT(504, "Gateway timeout", "about:blank");

    private final int status;
    private final String title;
    private final URI uri;

    ProblemType(int status, String title, String uri) {
        this.status = status;
        this.title = title;
        this.uri = URI.create(uri);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }

    public Problem problem(String detail) {
        return new Problem(uri, title, status, detail, null, null, null);
    }

    /** The problem for an HTTP status that no business reason explains, e.g. a 405 from the framework. */
    public static Problem forStatus(int status, String detail) {
        for (ProblemType type : values()) {
            if (type.status == status && "about:blank".equals(type.uri.toString())) {
                return type.problem(detail);
            }
        }
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type.problem(detail);
            }
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        return new Problem(URI.create("about:blank"), title, status, detail, null, null, null);
    }
}
