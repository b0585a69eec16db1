package org.sanad.gateway.routing;

/**
 * One entry of the gateway's route table.
 *
 * @param path the Vert.x path pattern matched ({@code /api/curriculum/*})
 * @param upstream where matching requests go
 * @param access whether a token is needed, and whether the route is rate-limited per client
 * @param rewriteTo when set, the whole upstream path (used to publish a service's OpenAPI document)
 */
public record Route(String path, Upstream upstream, Access access, String rewriteTo) {

    public enum Access {
        /** A verified token with a platform role is required (enforced by the HTTP security policy). */
        TOKEN,
        /** Open to anyone, and so rate-limited per client address. */
        PUBLIC,
        /** Open to anyone and cheap: a published document. */
        DOCUMENT
    }
}
