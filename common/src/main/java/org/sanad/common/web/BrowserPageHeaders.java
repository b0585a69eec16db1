package org.sanad.common.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer says its type is what it claims ({@code nosniff}). A page a browser renders (HTML, SVG:
 * the public verification page, the coverage heatmap) also may not be framed, run script, load
 * anything from elsewhere or tell the sites it links to its address, which can hold a verification
 * code. The pages are self-contained, with inline styles only, so the policy can be this strict.
 */
public class BrowserPageHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final MediaType SVG = new MediaType("image", "svg+xml");

    @ServerResponseFilter
    public void addTo(ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        MediaType type = response.getMediaType();
        if (type != null && (type.isCompatible(MediaType.TEXT_HTML_TYPE) || type.isCompatible(SVG))) {
            headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.putSingle("X-Frame-Options", "DENY");
            headers.putSingle("Referrer-Policy", "no-referrer");
        }
    }
}
