package org.sanad.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanad.gateway.routing.Upstream.Instance;

/** Copies headers across the gateway, minus those that only describe one hop (RFC 9110 §7.6.1). */
final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
            "te", "trailer", "transfer-encoding", "upgrade", "host");
    private static final List<String> LOCATIONS = List.of("Location", "Content-Location");
    /** What a client may claim about the way it came; the gateway states it itself (see addForwarding). */
    private static final Set<String> CLAIMS_ABOUT_THE_ROUTE = Set.of(
            "forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port",
            "x-forwarded-prefix", "x-forwarded-server", "x-real-ip");

    private ForwardedHeaders() {
    }

    /** Copies end-to-end headers; a header already present in {@code to} is replaced, not doubled. */
    static void copy(MultiMap from, MultiMap to) {
        Set<String> namedInConnection = namedInConnection(from);
        from.names().forEach(to::remove);
        for (var header : from) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !namedInConnection.contains(name)) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }

    /**
     * Tells the service who called and at which public address, replacing whatever the client claimed:
     * the client address, scheme and host are the gateway's own view, which already honours
     * X-Forwarded-* from a trusted proxy in front of it (quarkus.http.proxy.trusted-proxies) and
     * nobody else's.
     */
    static void addForwarding(HttpServerRequest in, MultiMap to) {
        CLAIMS_ABOUT_THE_ROUTE.forEach(to::remove);
        if (in.remoteAddress() != null && in.remoteAddress().hostAddress() != null) {
            to.set("X-Forwarded-For", in.remoteAddress().hostAddress());
        }
        to.set("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            to.set("X-Forwarded-Host", in.authority().toString());
        }
    }

    /**
     * A Location or Content-Location the service wrote with the address the gateway reached it at
     * names the public address the client used instead, as nginx's proxy_redirect does; without a
     * known public address it becomes a path, which RFC 9110 allows.
     */
    static void rewriteLocations(MultiMap headers, Instance instance, HttpServerRequest in) {
        String internal = (instance.tls() ? "https://" : "http://") + instance.authority();
        for (String name : LOCATIONS) {
            String value = headers.get(name);
            if (value != null && value.regionMatches(true, 0, internal, 0, internal.length())
                    && (value.length() == internal.length() || "/?#".indexOf(value.charAt(internal.length())) >= 0)) {
                String rest = value.substring(internal.length());
                String origin = in.authority() == null ? "" : (in.scheme() == null ? "http" : in.scheme()) + "://" + in.authority();
                headers.set(name, origin + (rest.isEmpty() ? "/" : rest));
            }
        }
    }

    private static Set<String> namedInConnection(MultiMap headers) {
        String connection = headers.get("Connection");
        if (connection == null) {
            return Set.of();
        }
        // A client may repeat a token ("keep-alive, keep-alive"): collect, do not insist on distinct values.
        return new HashSet<>(Arrays.asList(connection.toLowerCase(Locale.ROOT).replace(" ", "").split(",")));
    }
}
