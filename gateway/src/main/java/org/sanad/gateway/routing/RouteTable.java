package org.sanad.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.sanad.gateway.config.GatewayConfig;
import org.sanad.gateway.routing.Route.Access;

/**
 * Which service owns which path. Services serve their API under the same path the gateway exposes,
 * so requests pass through unchanged and OpenAPI documents are correct at the gateway.
 */
@ApplicationScoped
public class RouteTable {

    private final List<Upstream> upstreams;
    private final List<Route> routes;

    public RouteTable(GatewayConfig config) {
        Upstream curriculum = Upstream.of("curriculum", config.curriculumUrl());
        Upstream enrollment = Upstream.of("enrollment", config.enrollmentUrl());
        Upstream certification = Upstream.of("certification", config.certificationUrl());
        this.upstreams = List.of(curriculum, enrollment, certification);
        this.routes = List.of(
                new Route("/api/curriculum/*", curriculum, Access.TOKEN, null),
                new Route("/api/enrollment/*", enrollment, Access.TOKEN, null),
                new Route("/api/certification/*", certification, Access.TOKEN, null),
                new Route("/verify/*", certification, Access.PUBLIC, null),
                new Route("/.well-known/*", certification, Access.PUBLIC, null),
                new Route("/issuers/*", certification, Access.PUBLIC, null),
                new Route("/achievements/*", certification, Access.PUBLIC, null),
                new Route("/openapi/curriculum", curriculum, Access.DOCUMENT, "/q/openapi?format=json"),
                new Route("/openapi/enrollment", enrollment, Access.DOCUMENT, "/q/openapi?format=json"),
                new Route("/openapi/certification", certification, Access.DOCUMENT, "/q/openapi?format=json"));
    }

    public List<Route> routes() {
        return routes;
    }

    public List<Upstream> upstreams() {
        return upstreams;
    }
}
