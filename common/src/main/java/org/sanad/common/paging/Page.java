package org.sanad.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list in a stable order.
 *
 * @param items the items of this page
 * @param next the cursor for the following page, absent on the last page
 */
@Schema(description = "One page of a list in a stable order; the next page is at ?cursor=next")
public record Page<T>(List<T> items, @Schema(description = "Cursor of the next page; absent on the last page") String next) {

    /** The page size when a caller names none; a string, as JAX-RS @DefaultValue takes it. */
    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_SIZE = 500;

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null);
    }

    /**
     * Builds a page from a query that fetched up to {@code size + 1} rows in keyset order: the extra row,
     * if present, only proves there is more, and the cursor is taken from the last row kept.
     */
    public static <R, T> Page<T> fromLookahead(List<R> rows, int size, Function<R, Cursor> cursorOf, Function<R, T> map) {
        boolean more = rows.size() > size;
        List<R> kept = more ? rows.subList(0, size) : rows;
        String next = more ? cursorOf.apply(kept.get(kept.size() - 1)).encode() : null;
        return new Page<>(kept.stream().map(map).toList(), next);
    }
}
