package org.sanad.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at its real PostgreSQL test database (created if missing) and at the
 * test JWKS. The server is the one the standard {@code PG*} variables name, else 127.0.0.1:5432;
 * {@code bin/test} makes sure one is running.
 *
 * <p>Use with {@code @WithTestResource(value = SanadTestEnvironment.class, scope = MATCHING_RESOURCES,
 * initArgs = @ResourceArg(name = "database", value = "curriculum_test"))}; omit the database for a
 * service that has none.
 */
public class SanadTestEnvironment implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        // SANAD_TEST_DATABASE_SUFFIX lets two checkouts run their suites side by side on one PostgreSQL.
        String name = initArgs.get("database");
        database = name == null ? null : name + System.getenv().getOrDefault("SANAD_TEST_DATABASE_SUFFIX", "");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("mp.jwt.verify.publickey.location", TestKeys.jwksFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", TestTokens.AUDIENCE);
        config.put("sanad.service-auth.signing-key", TestKeys.privateKeyFile().toString());
        config.put("sanad.service-auth.signing-key-id", TestKeys.TRUSTED_KID);
        config.put("sanad.service-auth.issuer", TestTokens.ISSUER);
        if (database != null) {
            TestDatabase db = TestDatabase.fromEnvironment();
            db.createIfMissing(database);
            config.put("quarkus.datasource.jdbc.url", db.jdbcUrl(database));
            config.put("quarkus.datasource.username", db.user());
            config.put("quarkus.datasource.password", db.password());
        }
        return config;
    }

    @Override
    public void stop() {
        // The database is kept between runs: each test cleans what it needs, and migrations are idempotent.
    }

    /** The PostgreSQL server the tests use, as the standard libpq variables describe it. */
    public record TestDatabase(String host, String port, String user, String password) {

        public static TestDatabase fromEnvironment() {
            return new TestDatabase(env("PGHOST", "127.0.0.1"), env("PGPORT", "5432"),
                    env("PGUSER", "postgres"), env("PGPASSWORD", ""));
        }

        public String jdbcUrl(String database) {
            String h = host.startsWith("/") ? "127.0.0.1" : host;
            return "jdbc:postgresql://" + h + ":" + port + "/" + database;
        }

        void createIfMissing(String database) {
            administer(database, connection -> {
                try (var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, database);
                    if (!exists.executeQuery().next()) {
                        try (var create = connection.createStatement()) {
                            create.execute("CREATE DATABASE " + database);
                        }
                    }
                }
            });
        }

        /** Drops the database, if there, and creates it empty: for a platform that must start on nothing. */
        public void recreate(String database) {
            administer(database, connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                    statement.execute("CREATE DATABASE " + database);
                }
            });
        }

        private void administer(String database, DatabaseAdministration work) {
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not a plain database name: " + database);
            }
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
                work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL is not reachable at " + host + ":" + port
                        + " as " + user + " (run the tests through bin/test, which starts it)", e);
            }
        }

        private interface DatabaseAdministration {
            void run(Connection connection) throws SQLException;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
