package org.sanad.enrollment.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanad.enrollment.progress.Outcome.ModuleRule;

/** The completion rules a cohort pins, as the programme states them. */
@Tag("unit")
class OutcomeTest {

    private static final List<ModuleRule> TWO_MODULES = List.of(
            new ModuleRule(1, "ARREST", new BigDecimal("6"), 60),
            new ModuleRule(2, "CUSTODY", new BigDecimal("18"), 50));

    @Test
    void meetingEveryRuleCompletesWithTheDurationWeightedMean() {
        Outcome outcome = Outcome.evaluate(5, 4, 80, 60, TWO_MODULES, Map.of(1, new BigDecimal("90"), 2, new BigDecimal("70")));
        assertTrue(outcome.completed(), outcome.reasons().toString());
        assertEquals(new BigDecimal("80.00"), outcome.attendancePercent());
        // (90 × 6 + 70 × 18) / 24 = 75
        assertEquals(new BigDecimal("75.00"), outcome.overallScore());
    }

    @Test
    void everyRuleMissedIsAReason() {
        Outcome outcome = Outcome.evaluate(3, 1, 80, 90, TWO_MODULES, Map.of(1, new BigDecimal("40")));
        assertFalse(outcome.completed());
        assertEquals(List.of("attendance 33.33% < 80%", "module ARREST score 40 < 60", "module CUSTODY has no score"),
                outcome.reasons());
        assertNull(outcome.overallScore(), "no overall score until every module is scored");
    }

    @Test
    void completedExactlyWhenNoRuleIsMissed() {
        qt().forAll(integers().between(0, 20), integers().between(0, 20), integers().between(0, 100),
                lists().of(integers().between(0, 100)).ofSize(TWO_MODULES.size())).check((days, present, minAttendance, scores) -> {
            int attended = Math.min(days, present);
            Outcome outcome = Outcome.evaluate(days, attended, minAttendance, 55, TWO_MODULES, scored(scores));
            return outcome.completed() == outcome.reasons().isEmpty();
        });
    }

    @Test
    void theOverallScoreLiesBetweenTheLowestAndHighestModuleScore() {
        qt().forAll(lists().of(integers().between(0, 100)).ofSize(TWO_MODULES.size())).check(scores -> {
            BigDecimal overall = Outcome.evaluate(1, 1, 0, 0, TWO_MODULES, scored(scores)).overallScore();
            int low = scores.stream().min(Integer::compare).orElseThrow();
            int high = scores.stream().max(Integer::compare).orElseThrow();
            return overall.compareTo(BigDecimal.valueOf(low)) >= 0 && overall.compareTo(BigDecimal.valueOf(high)) <= 0;
        });
    }

    @Test
    void attendingMoreDaysNeverTurnsAPassIntoAFail() {
        qt().forAll(integers().between(1, 20), integers().between(0, 19), integers().between(0, 100)).check((days, present, min) -> {
            int attended = Math.min(days - 1, present);
            Map<Integer, BigDecimal> passing = scored(List.of(100, 100));
            boolean before = Outcome.evaluate(days, attended, min, 0, TWO_MODULES, passing).completed();
            boolean after = Outcome.evaluate(days, attended + 1, min, 0, TWO_MODULES, passing).completed();
            return !before || after;
        });
    }

    private static Map<Integer, BigDecimal> scored(List<Integer> scores) {
        Map<Integer, BigDecimal> byPosition = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            byPosition.put(TWO_MODULES.get(i).position(), BigDecimal.valueOf(scores.get(i)));
        }
        return byPosition;
    }
}
