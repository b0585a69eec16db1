package org.sanad.common.testing;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Every table a service owns, summarised by its row count and the transactions that wrote its rows
 * ({@code xmin}): an insert, update or delete that committed changes the fingerprint, a rolled-back
 * one does not. Tests that run in the service's JVM use it to prove a refused request stored nothing.
 */
public final class TableFingerprint {

    private final Set<String> ignored;
    private String query;

    /** @param ignored tables the service writes on its own schedule (an outbox relay), which a request cannot be blamed for */
    public TableFingerprint(Set<String> ignored) {
        this.ignored = ignored;
    }

    public String take() {
        try (Connection connection = Arc.container().select(DataSource.class).get().getConnection()) {
            if (query == null) {
                query = query(connection);
            }
            try (ResultSet rs = connection.createStatement().executeQuery(query)) {
                rs.next();
                return rs.getString("fingerprint");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fingerprint the service's tables", e);
        }
    }

    private String query(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND table_name <> 'flyway_schema_history' ORDER BY table_name""")) {
            while (rs.next()) {
                if (!ignored.contains(rs.getString("table_name"))) {
                    tables.add(rs.getString("table_name"));
                }
            }
        }
        return tables.stream()
                .map(t -> "(SELECT count(*) || ':' || coalesce(sum(x.xmin::text::bigint), 0) FROM \"" + t + "\" x)")
                .collect(Collectors.joining(" || '|' || ", "SELECT ", " AS fingerprint"));
    }
}
