package org.sanad.enrollment.progress.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The attendance (day → present) and scores (module position → score) of some enrollments. */
record ProgressRecords(Map<Long, Map<LocalDate, Boolean>> days, Map<Long, Map<Integer, BigDecimal>> scores) {

    Map<LocalDate, Boolean> attendance(long enrollmentId) {
        return days.getOrDefault(enrollmentId, Map.of());
    }

    Map<Integer, BigDecimal> scores(long enrollmentId) {
        return scores.getOrDefault(enrollmentId, Map.of());
    }
}
