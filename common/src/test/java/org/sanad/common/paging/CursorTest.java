package org.sanad.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;

class CursorTest {

    @Test
    void survivesTheRoundTripWithAnyCharacters() {
        Cursor cursor = Cursor.of("2026-05-02T08:00:00Z", "محمد|Élodie", 42);
        assertEquals(cursor, Cursor.decode(cursor.encode(), 3));
    }

    @Test
    void refusesACursorOfAnotherShape() {
        String twoKeys = Cursor.of("a", "b").encode();
        ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.decode(twoKeys, 3));
        assertEquals(ProblemType.VALIDATION, refused.type());
    }

    @Test
    void refusesGarbage() {
        assertThrows(ProblemException.class, () -> Cursor.decode("%%%not base64", 1));
        assertThrows(ProblemException.class, () -> Cursor.decode("", 1));
    }

    @Test
    void pagesFromALookaheadRow() {
        List<Integer> rows = List.of(1, 2, 3, 4);
        Page<String> page = Page.fromLookahead(rows, 3, row -> Cursor.of(row), String::valueOf);
        assertEquals(List.of("1", "2", "3"), page.items());
        assertEquals("3", Cursor.decode(page.next(), 1).key(0));
    }

    @Test
    void endsWithoutACursorWhenNothingIsLeft() {
        Page<String> page = Page.fromLookahead(List.of(1, 2), 3, row -> Cursor.of(row), String::valueOf);
        assertEquals(List.of("1", "2"), page.items());
        assertNull(page.next());
    }
}
