package org.sanad.enrollment.sync.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.sanad.common.security.Caller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.csv.Csv;
import org.sanad.enrollment.participant.api.ParticipantView;
import org.sanad.enrollment.participant.service.PersonalData;
import org.sanad.enrollment.sync.service.ExportQueries.Exported;

/**
 * Streams the enrollments a caller may see as CSV straight from a database cursor: rows go out as
 * they are read, a thousand at a time, so memory stays flat whether there are ten rows or a million.
 */
@ApplicationScoped
public class EnrollmentExport {

    private static final String HEADER = "enrollment_id,cohort_id,cohort_code,programme_code,programme_version,"
            + "participant_id,given_name,family_name,institution,service_number,rank,gender,status,"
            + "attendance_percent,overall_score,outcome_reasons,updated_at\n";

    private final ExportQueries queries;

    public EnrollmentExport(ExportQueries queries) {
        this.queries = queries;
    }

    /** The CSV body; filters are optional. Runs after the resource returns, on its own connection. */
    public StreamingOutput csv(Long cohortId, String programme, CohortScope scope) {
        Caller caller = scope.caller();
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            out.write(HEADER);
            try {
                queries.forEach(cohortId, programme, scope, row -> writeRow(out, row, caller));
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("The export was cut short", e));
            }
            out.flush();
        };
    }

    private static void writeRow(Writer out, Exported row, Caller caller) throws IOException {
        ParticipantView person = PersonalData.forCaller(row.participant(), caller);
        Object[] cells = {row.enrollmentId(), row.cohortId(), row.cohortCode(), row.programmeCode(), row.programmeVersion(),
            person.id(), person.givenName(), person.familyName(), person.institution(), person.serviceNumber(),
            person.rank(), person.gender(), row.status(), row.attendancePercent(), row.overallScore(),
            row.outcomeReasons(), row.updatedAt()};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(Csv.cell(cells[i]));
        }
        out.write('\n');
    }
}
