package org.sanad.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProblemTypeTest {

    @Test
    void prefersThePlainHttpTypeForAStatus() {
        Problem problem = ProblemType.forStatus(404, "gone");
        assertEquals(URI.create("about:blank"), problem.type());
        assertEquals("Not found", problem.title());
        assertEquals("gone", problem.detail());
    }

    @Test
    void fallsBackToTheDomainTypeOfThatStatus() {
        assertEquals(ProblemType.CONFLICT.uri(), ProblemType.forStatus(409, "taken").type());
    }

    @Test
    void keepsAnUnlistedStatusWithItsReasonPhrase() {
        Problem problem = ProblemType.forStatus(410, "no");
        assertEquals(410, problem.status());
        assertEquals("Gone", problem.title());
    }
}
