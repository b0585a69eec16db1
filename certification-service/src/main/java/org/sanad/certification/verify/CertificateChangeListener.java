package org.sanad.certification.verify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection of its own outside the pool, for the {@code certificate_changed} notifications
 * the database sends at each commit that changes a certificate, and evicts each code from the
 * {@link VerificationCache}. When the connection fails it says so to the cache (which then serves from the
 * database only) and connects again a second later.
 */
@ApplicationScoped
public class CertificateChangeListener {

    static final String CHANNEL = "certificate_changed";
    /** How the connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "sanad-verification-cache";
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    private static final int POLL_MILLIS = 500;
    private static final Logger LOG = Logger.getLogger(CertificateChangeListener.class);

    private final VerificationCache cache;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread thread;

    public CertificateChangeListener(VerificationCache cache, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = Thread.ofPlatform().daemon().name("certificate-change-listener").start(this::listen);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, properties())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.listening(true);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            cache.evict(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                cache.listening(false);
                if (running) {
                    LOG.warnf("Not listening for certificate changes (%s); verification reads the database until it "
                            + "listens again", e.getMessage());
                    pause();
                }
            }
        }
        cache.listening(false);
    }

    private Properties properties() {
        Properties properties = new Properties();
        user.ifPresent(value -> properties.setProperty("user", value));
        password.ifPresent(value -> properties.setProperty("password", value));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
