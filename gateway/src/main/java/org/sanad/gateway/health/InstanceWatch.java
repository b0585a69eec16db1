package org.sanad.gateway.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.sanad.gateway.config.GatewayConfig;
import org.sanad.gateway.routing.RouteTable;
import org.sanad.gateway.routing.Upstream;
import org.sanad.gateway.routing.Upstream.Instance;

/**
 * Checks every service instance's readiness at a fixed interval and takes it out of (or back into)
 * the rotation: an instance shutting down reports not ready before it stops, so requests move to the
 * others before any fails.
 */
@ApplicationScoped
public class InstanceWatch {

    private static final Logger LOG = Logger.getLogger(InstanceWatch.class);

    private final RouteTable table;
    private final InstanceProbe probe;
    private final Vertx vertx;
    private final long intervalMillis;
    private long timer = -1;

    public InstanceWatch(RouteTable table, InstanceProbe probe, Vertx vertx, GatewayConfig config) {
        this.table = table;
        this.probe = probe;
        this.vertx = vertx;
        this.intervalMillis = config.healthInterval().toMillis();
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(intervalMillis, tick -> checkAll());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    void checkAll() {
        for (Upstream upstream : table.upstreams()) {
            upstream.instances().forEach(instance -> check(upstream, instance));
        }
    }

    /** Asks the instance whether it is ready and takes it out of, or back into, the rotation. */
    public Future<Boolean> check(Upstream upstream, Instance instance) {
        return probe.ready(instance).onSuccess(ready -> {
            if (ready && instance.markUp()) {
                LOG.infof("%s-service at %s is ready again", upstream.name(), instance.authority());
            } else if (!ready && instance.markDown()) {
                LOG.warnf("%s-service at %s is not ready; no requests go to it", upstream.name(), instance.authority());
            }
        });
    }
}
