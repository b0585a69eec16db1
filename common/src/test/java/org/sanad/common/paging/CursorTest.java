package org.sanad.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanad.common.input.StorableText;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;

@Tag("unit")
class CursorTest {

    @Test
    void anyStorableKeysComeBackAsTheyWere() {
        qt().forAll(lists().of(strings().betweenCodePoints(0x20, 0x2FFFF).ofLengthBetween(0, 12)).ofSizeBetween(1, 4))
                .assuming(keys -> keys.stream().allMatch(StorableText::isStorable))
                .check(keys -> Cursor.decode(new Cursor(keys).encode(), keys.size()).keys().equals(keys));
    }

    @Test
    void aPageKeepsAtMostItsSizeAndPointsPastTheLastItemKept() {
        qt().forAll(integers().between(0, 60), integers().between(1, 50)).check((rows, size) -> {
            List<Integer> fetched = IntStream.range(0, rows).boxed().toList();
            Page<Integer> page = Page.fromLookahead(fetched, size, Cursor::of, row -> row);
            boolean more = rows > size;
            return page.items().size() == Math.min(rows, size)
                    && (page.next() != null) == more
                    && (!more || Cursor.decode(page.next(), 1).longKey(0) == size - 1);
        });
    }

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
