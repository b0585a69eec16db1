package org.sanad.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service the gateway forwards to: one or more instances, taken in turn. An instance that refuses a
 * connection or reports itself not ready is left out until it answers again, so a killed or draining
 * instance stops receiving requests while the others carry on.
 */
public final class Upstream {

    private final String name;
    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();

    private Upstream(String name, List<Instance> instances) {
        this.name = name;
        this.instances = List.copyOf(instances);
    }

    public static Upstream of(String name, List<URI> urls) {
        if (urls.isEmpty() || urls.size() > Long.SIZE) {
            throw new IllegalArgumentException("Configure between 1 and " + Long.SIZE + " URLs for " + name + "-service, not "
                    + urls.size());
        }
        return new Upstream(name, urls.stream().map(Instance::of).toList());
    }

    public String name() {
        return name;
    }

    public List<Instance> instances() {
        return instances;
    }

    /**
     * The next instance in turn that is up and not among {@code tried} (a bit per instance index);
     * when every untried one is down, the untried one that went down first, since it is the likeliest
     * to be back. Null when all have been tried.
     */
    public Instance pick(long tried) {
        int size = instances.size();
        int start = Math.floorMod(turn.getAndIncrement(), size);
        Instance fallback = null;
        for (int step = 0; step < size; step++) {
            int index = (start + step) % size;
            if ((tried & (1L << index)) != 0) {
                continue;
            }
            Instance candidate = instances.get(index);
            if (candidate.isUp()) {
                return candidate;
            }
            if (fallback == null || candidate.downSince() < fallback.downSince()) {
                fallback = candidate;
            }
        }
        return fallback;
    }

    /** Whether some instance is not among {@code tried}. */
    public boolean hasUntried(long tried) {
        return Long.bitCount(tried) < instances.size();
    }

    public long bitOf(Instance instance) {
        return 1L << instances.indexOf(instance);
    }

    /** One running instance of a service. */
    public static final class Instance {

        private final String host;
        private final int port;
        private final boolean tls;
        private volatile long downSince;

        private Instance(String host, int port, boolean tls) {
            this.host = host;
            this.port = port;
            this.tls = tls;
        }

        static Instance of(URI url) {
            boolean tls = "https".equalsIgnoreCase(url.getScheme());
            if (!tls && !"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException("A service URL is http:// or https:// with a host, not " + url);
            }
            int port = url.getPort() != -1 ? url.getPort() : (tls ? 443 : 80);
            return new Instance(url.getHost(), port, tls);
        }

        public String host() {
            return host;
        }

        public int port() {
            return port;
        }

        /** Whether the gateway speaks TLS to it (an https:// URL). */
        public boolean tls() {
            return tls;
        }

        public String authority() {
            return host + ":" + port;
        }

        public boolean isUp() {
            return downSince == 0;
        }

        long downSince() {
            return downSince;
        }

        /** Returns true when this changes the instance's state, so the caller can log the change once. */
        public boolean markDown() {
            if (downSince != 0) {
                return false;
            }
            downSince = System.nanoTime() | 1;
            return true;
        }

        public boolean markUp() {
            if (downSince == 0) {
                return false;
            }
            downSince = 0;
            return true;
        }
    }
}
