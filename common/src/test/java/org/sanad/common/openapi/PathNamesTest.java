package org.sanad.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PathNamesTest {

    @Test
    void aPathNamesWhatItsFirstParameterIdentifiesOrTheCollectionItEndsIn() {
        assertEquals("cohort", PathNames.identified("/api/enrollment/cohorts/{id}/status"));
        assertEquals("cohort", PathNames.identified("/api/enrollment/cohorts/{cohortId}/attendance/{day}"));
        assertEquals("programme", PathNames.identified("/api/curriculum/programmes/{code}/versions/{version}"));
        assertEquals("entry", PathNames.identified("/api/certification/log/entries/{seq}"));
        assertEquals("status list", PathNames.identified("/verify/status-lists/{purpose}/{list}"));
        assertEquals("instrument", PathNames.identified("/api/curriculum/instruments"));
        assertEquals("programme", PathNames.identified("/api/curriculum/programmes"));
    }
}
