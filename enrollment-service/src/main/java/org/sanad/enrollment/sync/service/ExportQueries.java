package org.sanad.enrollment.sync.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.participant.Gender;
import org.sanad.enrollment.participant.api.ParticipantView;

/**
 * Reads the enrollments a caller may see straight from a forward-only database cursor, a thousand
 * rows at a time, on a connection of its own: an export may outlive the request's transaction.
 */
@ApplicationScoped
public class ExportQueries {

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z]+)");

    private final AgroalDataSource dataSource;

    public ExportQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One exported enrollment; the participant in full, for the caller's view to be taken of it. */
    public record Exported(long enrollmentId, long cohortId, String cohortCode, String programmeCode,
            int programmeVersion, ParticipantView participant, String status, BigDecimal attendancePercent,
            BigDecimal overallScore, String outcomeReasons, OffsetDateTime updatedAt) {
    }

    /** Receives each row as it is read. */
    @FunctionalInterface
    public interface Receiver {
        void accept(Exported row) throws IOException;
    }

    /** Hands every enrollment the caller may see (of the cohort and programme, when given) to the receiver, in id order. */
    public void forEach(Long cohortId, String programme, CohortScope scope, Receiver receiver) throws IOException, SQLException {
        StringBuilder where = new StringBuilder(scope.condition().sql());
        Map<String, Object> named = new HashMap<>(scope.condition().parameters());
        if (cohortId != null) {
            where.append(" AND c.id = :cohort");
            named.put("cohort", cohortId);
        }
        if (programme != null) {
            where.append(" AND c.programme_code = :programme");
            named.put("programme", programme);
        }
        String sql = "SELECT e.id AS enrollment_id, c.id AS cohort_id, c.code AS cohort_code, c.programme_code,"
                + " c.programme_version, p.id AS participant_id, p.given_name, p.family_name, p.institution,"
                + " p.service_number, p.rank, p.gender, p.account, e.status, e.attendance_percent, e.overall_score,"
                + " array_to_string(ARRAY(SELECT jsonb_array_elements_text(e.outcome_reasons)), '; ') AS outcome_reasons,"
                + " e.updated_at"
                + " FROM enrollment e JOIN cohort c ON c.id = e.cohort_id JOIN participant p ON p.id = e.participant_id"
                + " WHERE " + where + " ORDER BY e.id";
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql, named, values);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(jdbc, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(1000);
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        receiver.accept(exported(rows));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static Exported exported(ResultSet rows) throws SQLException {
        ParticipantView participant = new ParticipantView(rows.getLong("participant_id"), rows.getString("given_name"),
                rows.getString("family_name"), rows.getString("institution"), rows.getString("service_number"),
                rows.getString("rank"), Gender.valueOf(rows.getString("gender")), null, rows.getString("account"));
        return new Exported(rows.getLong("enrollment_id"), rows.getLong("cohort_id"), rows.getString("cohort_code"),
                rows.getString("programme_code"), rows.getInt("programme_version"), participant, rows.getString("status"),
                rows.getBigDecimal("attendance_percent"), rows.getBigDecimal("overall_score"),
                rows.getString("outcome_reasons"), rows.getObject("updated_at", OffsetDateTime.class));
    }

    /** Rewrites {@code :name} parameters as JDBC's {@code ?}, in order; {@code ::} casts are left alone. */
    private static String positional(String sql, Map<String, Object> named, List<Object> values) {
        Matcher matcher = NAMED.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            values.add(named.get(matcher.group(1)));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return jdbc.toString();
    }
}
