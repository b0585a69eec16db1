package org.sanad.enrollment.sync.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanad.common.security.Caller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.csv.Csv;
import org.sanad.enrollment.participant.Gender;
import org.sanad.enrollment.participant.api.ParticipantView;
import org.sanad.enrollment.participant.service.PersonalData;

/**
 * Streams the enrollments a caller may see as CSV straight from a database cursor: rows go out as
 * they are read, a thousand at a time, so memory stays flat whether there are ten rows or a million.
 */
@ApplicationScoped
public class EnrollmentExport {

    private static final String HEADER = "enrollment_id,cohort_id,cohort_code,programme_code,programme_version,"
            + "participant_id,given_name,family_name,institution,service_number,rank,gender,status,"
            + "attendance_percent,overall_score,outcome_reasons,updated_at\n";
    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z]+)");

    private final AgroalDataSource dataSource;

    public EnrollmentExport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The CSV body; filters are optional. Runs after the resource returns, on its own connection. */
    public StreamingOutput csv(Long cohortId, String programme, CohortScope scope) {
        StringBuilder where = new StringBuilder(scope.condition().sql());
        Map<String, Object> named = new java.util.HashMap<>(scope.condition().parameters());
        if (cohortId != null) {
            where.append(" AND c.id = :cohort");
            named.put("cohort", cohortId);
        }
        if (programme != null) {
            where.append(" AND c.programme_code = :programme");
            named.put("programme", programme);
        }
        String sql = "SELECT e.id, c.id, c.code, c.programme_code, c.programme_version, p.id, p.given_name, p.family_name,"
                + " p.institution, p.service_number, p.rank, p.gender, e.status, e.attendance_percent, e.overall_score,"
                + " array_to_string(ARRAY(SELECT jsonb_array_elements_text(e.outcome_reasons)), '; '), e.updated_at, p.account"
                + " FROM enrollment e JOIN cohort c ON c.id = e.cohort_id JOIN participant p ON p.id = e.participant_id"
                + " WHERE " + where + " ORDER BY e.id";
        Caller caller = scope.caller();
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            out.write(HEADER);
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                List<Object> values = new ArrayList<>();
                String jdbc = positional(sql, named, values);
                try (PreparedStatement statement = connection.prepareStatement(jdbc, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
                    statement.setFetchSize(1000);
                    for (int i = 0; i < values.size(); i++) {
                        statement.setObject(i + 1, values.get(i));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            writeRow(out, rows, caller);
                        }
                    }
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("The export was cut short", e));
            }
            out.flush();
        };
    }

    private static void writeRow(Writer out, ResultSet rows, Caller caller) throws SQLException, IOException {
        ParticipantView person = PersonalData.forCaller(new ParticipantView(rows.getLong(6), rows.getString(7),
                rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
                Gender.valueOf(rows.getString(12)), null, rows.getString(18)), caller);
        Object[] cells = {rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getInt(5),
            person.id(), person.givenName(), person.familyName(), person.institution(), person.serviceNumber(),
            person.rank(), person.gender(), rows.getString(13), rows.getBigDecimal(14), rows.getBigDecimal(15),
            rows.getString(16), rows.getObject(17, java.time.OffsetDateTime.class)};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(Csv.cell(cells[i]));
        }
        out.write('\n');
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
