package org.sanad.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sanad.common.input.StorableText;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;

@Tag("unit")
class CursorTest {

    /** Code points from U+0020 to U+2FFFF but the surrogates, which no storable text holds unpaired. */
    private static final int SURROGATES = 0xE000 - 0xD800;

    @Test
    void anyStorableKeysComeBackAsTheyWere() {
        // Storable by construction: filtering random text by an assumption gave up now and then.
        Gen<String> storable = lists().of(integers().between(0x20, 0x2FFFF - SURROGATES)
                        .map(point -> point >= 0xD800 ? point + SURROGATES : point)).ofSizeBetween(0, 12)
                .map(points -> points.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
        qt().forAll(lists().of(storable).ofSizeBetween(1, 4))
                .check(keys -> keys.stream().allMatch(StorableText::isStorable)
                        && Cursor.decode(new Cursor(keys).encode(), keys.size()).keys().equals(keys));
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
