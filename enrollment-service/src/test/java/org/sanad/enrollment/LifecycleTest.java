package org.sanad.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.enrollment.EnrollmentStatus;

/** The two state machines, as registrars and the change feed rely on them. */
@Tag("unit")
class LifecycleTest {

    @Test
    void aCohortMovesForwardOnlyAndEndsClosedOrCancelled() {
        for (CohortStatus from : CohortStatus.values()) {
            for (CohortStatus to : CohortStatus.values()) {
                assertEquals(from.next().contains(to), from.canMoveTo(to), from + " → " + to);
            }
            assertFalse(from.canMoveTo(from), from + " does not move to itself");
            assertTrue(from.next().stream().allMatch(to -> to == CohortStatus.CANCELLED || to.ordinal() == from.ordinal() + 1),
                    from + " moves one step on, or is cancelled");
        }
        assertEquals(Set.of(CohortStatus.CLOSED, CohortStatus.CANCELLED), terminal(CohortStatus.values(), CohortStatus::next));
        assertEquals(EnumSet.allOf(CohortStatus.class), reachable(CohortStatus.PLANNED, CohortStatus::next));
    }

    @Test
    void enrollmentsAreTakenBeforeTheCohortStartsAndResultsUntilItCloses() {
        assertEquals(EnumSet.of(CohortStatus.PLANNED, CohortStatus.OPEN),
                matching(CohortStatus.values(), CohortStatus::takesEnrollments));
        assertEquals(EnumSet.of(CohortStatus.IN_PROGRESS, CohortStatus.COMPLETED),
                matching(CohortStatus.values(), CohortStatus::takesResults));
    }

    @Test
    void anEnrollmentEndsCompletedWithdrawnOrNoShowAndCompletedIsFinal() {
        for (EnrollmentStatus from : EnrollmentStatus.values()) {
            for (EnrollmentStatus to : EnrollmentStatus.values()) {
                assertEquals(from.next().contains(to), from.canMoveTo(to), from + " → " + to);
            }
            assertFalse(from.canMoveTo(from), from + " does not move to itself");
        }
        assertEquals(Set.of(EnrollmentStatus.COMPLETED, EnrollmentStatus.WITHDRAWN, EnrollmentStatus.NO_SHOW),
                terminal(EnrollmentStatus.values(), EnrollmentStatus::next));
        assertEquals(EnumSet.allOf(EnrollmentStatus.class), reachable(EnrollmentStatus.NOMINATED, EnrollmentStatus::next));
    }

    @Test
    void aRegistrarAsksOnlyForMovesTheLifecycleHas() {
        for (EnrollmentStatus requestable : EnrollmentStatus.requestable()) {
            assertTrue(Arrays.stream(EnrollmentStatus.values()).anyMatch(from -> from.canMoveTo(requestable)), requestable.name());
        }
        assertFalse(EnrollmentStatus.requestable().contains(EnrollmentStatus.COMPLETED), "completion follows from results");
    }

    @Test
    void aSeatIsHeldFromConfirmationOn() {
        assertEquals(EnumSet.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.ATTENDING, EnrollmentStatus.COMPLETED,
                EnrollmentStatus.NOT_COMPLETED), matching(EnrollmentStatus.values(), EnrollmentStatus::holdsSeat));
    }

    private static <S extends Enum<S>> Set<S> terminal(S[] all, Function<S, Set<S>> next) {
        return matching(all, status -> next.apply(status).isEmpty());
    }

    private static <S extends Enum<S>> Set<S> matching(S[] all, Function<S, Boolean> test) {
        EnumSet<S> found = EnumSet.noneOf(all[0].getDeclaringClass());
        Arrays.stream(all).filter(test::apply).forEach(found::add);
        return found;
    }

    private static <S extends Enum<S>> Set<S> reachable(S start, Function<S, Set<S>> next) {
        EnumSet<S> seen = EnumSet.of(start);
        Deque<S> todo = new ArrayDeque<>(Set.of(start));
        while (!todo.isEmpty()) {
            for (S to : next.apply(todo.pop())) {
                if (seen.add(to)) {
                    todo.push(to);
                }
            }
        }
        return seen;
    }
}
