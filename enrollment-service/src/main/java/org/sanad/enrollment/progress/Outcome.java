package org.sanad.enrollment.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether one participant met a programme's completion rules, and if not, every reason why. The
 * overall score is the mean of the module scores weighted by the modules' durations.
 */
@Schema(name = "CompletionCheck")
public record Outcome(boolean completed, BigDecimal attendancePercent, BigDecimal overallScore, List<String> reasons) {

    /** A module as the rules see it. */
    public record ModuleRule(int position, String code, BigDecimal durationHours, int minScore) {
    }

    public static Outcome evaluate(int sessionDays, int daysPresent, int minAttendancePercent, int minOverallScore,
            List<ModuleRule> modules, Map<Integer, BigDecimal> scores) {
        List<String> reasons = new ArrayList<>();
        BigDecimal attendance = sessionDays == 0
                ? BigDecimal.valueOf(100)
                : BigDecimal.valueOf(daysPresent * 100L).divide(BigDecimal.valueOf(sessionDays), 2, RoundingMode.HALF_UP);
        if (attendance.compareTo(BigDecimal.valueOf(minAttendancePercent)) < 0) {
            reasons.add("attendance " + plain(attendance) + "% < " + minAttendancePercent + "%");
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        boolean allScored = true;
        for (ModuleRule module : modules) {
            BigDecimal score = scores.get(module.position());
            if (score == null) {
                allScored = false;
                reasons.add("module " + module.code() + " has no score");
                continue;
            }
            if (score.compareTo(BigDecimal.valueOf(module.minScore())) < 0) {
                reasons.add("module " + module.code() + " score " + plain(score) + " < " + module.minScore());
            }
            weighted = weighted.add(score.multiply(module.durationHours()));
            hours = hours.add(module.durationHours());
        }
        BigDecimal overall = null;
        if (allScored && hours.signum() > 0) {
            overall = weighted.divide(hours, 2, RoundingMode.HALF_UP);
            if (overall.compareTo(BigDecimal.valueOf(minOverallScore)) < 0) {
                reasons.add("overall score " + plain(overall) + " < " + minOverallScore);
            }
        }
        return new Outcome(reasons.isEmpty(), attendance, overall, List.copyOf(reasons));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
