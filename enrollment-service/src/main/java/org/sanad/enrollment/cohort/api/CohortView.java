package org.sanad.enrollment.cohort.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.enrollment.cohort.CohortStatus;

@Schema(name = "Cohort")
public record CohortView(
        long id,
        String code,
        PinnedProgramme programme,
        List<PinnedModule> modules,
        Rules completion,
        String hostInstitution,
        List<String> partnerInstitutions,
        String location,
        LocalDate startDate,
        LocalDate endDate,
        List<LocalDate> sessionDays,
        int capacity,
        int seatsTaken,
        List<Long> trainers,
        String language,
        CohortStatus status,
        OffsetDateTime createdAt) {

    @Schema(name = "PinnedProgramme")
    public record PinnedProgramme(String code, int version, String title) {
    }

    @Schema(name = "PinnedModule")
    public record PinnedModule(int position, String code, int version, String title, BigDecimal durationHours, int minScore) {
    }

    @Schema(name = "CohortRules", description = "The programme's completion rules as pinned when the cohort was created")
    public record Rules(int minAttendancePercent, int minOverallScore, String certificateKind, Integer certificateValidityMonths) {
    }
}
