package org.sanad.enrollment.enrollment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.sanad.common.security.Caller;
import org.sanad.common.sql.NativeRows;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.enrollment.api.EnrollmentView;
import org.sanad.enrollment.participant.Gender;
import org.sanad.enrollment.participant.api.ParticipantView;
import org.sanad.enrollment.participant.service.PersonalData;

/**
 * Enrollments read with their participant in one query ({@code enrollment e JOIN participant p}), so
 * a page, a feed or an export costs one round trip whatever its length.
 */
public final class EnrollmentRows {

    /** Columns 0..16; {@link #view} reads them in this order. */
    public static final String COLUMNS = "e.id, e.cohort_id, e.status, e.waitlist_position, e.attendance_percent,"
            + " e.overall_score, CAST(e.outcome_reasons AS text), e.nominated_at, e.updated_at,"
            + " p.id, p.given_name, p.family_name, p.institution, p.service_number, p.rank, p.gender, p.email, p.account";
    public static final String FROM = " FROM enrollment e JOIN participant p ON p.id = e.participant_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EnrollmentRows() {
    }

    public static EnrollmentView view(Object[] row, Caller caller) {
        ParticipantView participant = new ParticipantView(((Number) row[9]).longValue(), (String) row[10],
                (String) row[11], (String) row[12], (String) row[13], (String) row[14], Gender.valueOf((String) row[15]),
                (String) row[16], (String) row[17]);
        return new EnrollmentView(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                PersonalData.forCaller(participant, caller), EnrollmentStatus.valueOf((String) row[2]),
                row[3] == null ? null : ((Number) row[3]).intValue(), (BigDecimal) row[4], (BigDecimal) row[5],
                reasons((String) row[6]), NativeRows.timestamp(row[7]), NativeRows.timestamp(row[8]));
    }

    private static List<String> reasons(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outcome reasons", e);
        }
    }
}
