package org.sanad.enrollment.enrollment.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.participant.api.ParticipantView;

@Schema(name = "Enrollment")
public record EnrollmentView(
        long id,
        long cohortId,
        ParticipantView participant,
        EnrollmentStatus status,
        @Schema(description = "1 is next to get a seat; only while WAITLISTED") Integer waitlistPosition,
        BigDecimal attendancePercent,
        BigDecimal overallScore,
        @Schema(description = "Why the completion rules were not met", example = "[\"attendance 60% < 80%\"]") List<String> outcomeReasons,
        OffsetDateTime nominatedAt,
        OffsetDateTime updatedAt) {
}
