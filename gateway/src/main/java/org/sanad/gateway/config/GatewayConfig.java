package org.sanad.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.PemTrustOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the gateway reaches the services and protects them. */
@ConfigMapping(prefix = "sanad.gateway")
public interface GatewayConfig {

    /**
     * PEM file of the certificates (or the CA) that https:// service URLs must present, when they are
     * not signed by a CA the JVM already trusts; host names are always verified.
     */
    Optional<Path> upstreamCertificates();

    /** Client options that trust what {@link #upstreamCertificates()} names, if anything. */
    default HttpClientOptions trustingUpstreams(HttpClientOptions options) {
        upstreamCertificates().ifPresent(pem -> options.setTrustOptions(new PemTrustOptions().addCertPath(pem.toString())));
        return options;
    }

    /** Base URL of curriculum-service; several, comma-separated, to balance over its instances; https:// for TLS. */
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

    /**
     * How long an idle connection to a service is kept for reuse. Keep it below the services' own
     * idle timeout ({@code quarkus.http.idle-timeout}, 30 min by default), so the gateway closes an idle
     * connection before a service does.
     */
    @WithDefault("20s")
    Duration keepAliveTimeout();

    /** Connections kept open to each service, per event loop. */
    @WithDefault("64")
    int connectionsPerUpstream();

    /** Limits on the public routes ({@code /verify/**}, {@code /.well-known/**}, {@code /issuers/**}, {@code /achievements/**}), per client address. */
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
