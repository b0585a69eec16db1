package org.sanad.enrollment.cohort.client;

import java.math.BigDecimal;
import java.util.List;

/** What a cohort takes from a published programme version; curriculum-service's ProgrammeSnapshot, read tolerantly. */
public record ProgrammeSnapshot(String code, int version, String status, String title, List<Module> modules,
        Completion completion, Certificate certificate, String raw) {

    public record Module(int position, String code, int version, String title, BigDecimal durationHours, int minScore) {
    }

    public record Completion(int minAttendancePercent, int minModuleScore, int minOverallScore) {
    }

    public record Certificate(String kind, Integer validityMonths) {
    }

    public ProgrammeSnapshot withRaw(String json) {
        return new ProgrammeSnapshot(code, version, status, title, modules, completion, certificate, json);
    }
}
