package org.sanad.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProblemResponsesFilterTest {

    @Test
    void aPathsNotFoundAnswerNamesWhatItsFirstParameterIdentifies() {
        assertEquals("cohort", ProblemResponsesFilter.thingAt("/api/enrollment/cohorts/{id}/status"));
        assertEquals("cohort", ProblemResponsesFilter.thingAt("/api/enrollment/cohorts/{cohortId}/attendance/{day}"));
        assertEquals("programme", ProblemResponsesFilter.thingAt("/api/curriculum/programmes/{code}/versions/{version}"));
        assertEquals("entry", ProblemResponsesFilter.thingAt("/api/certification/log/entries/{seq}"));
        assertEquals("status list", ProblemResponsesFilter.thingAt("/verify/status-lists/{purpose}/{list}"));
        assertEquals("resource", ProblemResponsesFilter.thingAt("/api/curriculum/instruments"));
    }
}
