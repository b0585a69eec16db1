package org.sanad.enrollment.progress.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Progress", description = "Attendance and results so far, and what completion would say if computed now")
public record ProgressView(long enrollmentId, List<Day> attendance, List<Score> scores, Evaluation evaluation) {

    @Schema(name = "AttendanceDay", description = "present is absent for a day not yet recorded")
    public record Day(LocalDate day, Boolean present) {
    }

    @Schema(name = "ModuleScore", description = "score is absent until recorded")
    public record Score(String module, BigDecimal score, int minScore) {
    }

    @Schema(name = "Evaluation")
    public record Evaluation(boolean completed, BigDecimal attendancePercent, BigDecimal overallScore, List<String> reasons) {
    }
}
