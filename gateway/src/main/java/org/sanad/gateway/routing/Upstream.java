package org.sanad.gateway.routing;

import java.net.URI;

/** A service the gateway forwards to. */
public record Upstream(String name, String host, int port) {

    public static Upstream of(String name, URI url) {
        int port = url.getPort() != -1 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        return new Upstream(name, url.getHost(), port);
    }

    public String authority() {
        return host + ":" + port;
    }
}
