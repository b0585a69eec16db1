package org.sanad.curriculum.versioning;

import java.util.Map;
import java.util.Set;

/**
 * Where a version of a module or programme stands. A published version never changes again: cohorts
 * and certificates point at it. Changing one means working on the next version.
 */
public enum VersionStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    RETIRED;

    private static final Map<VersionStatus, Set<VersionStatus>> NEXT = Map.of(
            DRAFT, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(DRAFT, PUBLISHED),
            PUBLISHED, Set.of(RETIRED),
            RETIRED, Set.of());

    public boolean canMoveTo(VersionStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Drafts and versions under review: the ones authors work on, and only they see. */
    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW;
    }

    public static Set<VersionStatus> visibleToReaders() {
        return Set.of(PUBLISHED, RETIRED);
    }
}
