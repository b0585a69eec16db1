package org.sanad.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** How the gateway reaches the services and protects them. */
@ConfigMapping(prefix = "sanad.gateway")
public interface GatewayConfig {

    /** Base URL of curriculum-service; several, comma-separated, to balance over its instances. */
    @WithDefault("http://127.0.0.1:8081")
    List<URI> curriculumUrl();

    /** Base URL(s) of enrollment-service. */
    @WithDefault("http://127.0.0.1:8082")
    List<URI> enrollmentUrl();

    /** Base URL(s) of certification-service. */
    @WithDefault("http://127.0.0.1:8083")
    List<URI> certificationUrl();

    /** How often each instance's readiness is checked; one that is not ready gets no requests until it is. */
    @WithDefault("2s")
    Duration healthInterval();

    /** Largest request body forwarded; larger ones are refused with 413 before reaching a service. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /** How long a service may stay silent (no headers, no body bytes) before the caller gets a 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Connections kept open to each service, per event loop. */
    @WithDefault("64")
    int connectionsPerUpstream();

    /** Limits on the public routes ({@code /verify/**}, {@code /.well-known/**}), per client address. */
    PublicRate publicRate();

    interface PublicRate {

        /** Sustained requests per second allowed to one client address. */
        @WithDefault("20")
        double perSecond();

        /** Requests one client address may make in a burst above the sustained rate. */
        @WithDefault("60")
        int burst();

        /** Client addresses tracked at once; beyond it the longest idle are forgotten. */
        @WithDefault("100000")
        int maxClients();
    }
}
