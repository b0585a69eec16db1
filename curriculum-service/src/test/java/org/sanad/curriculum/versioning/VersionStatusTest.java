package org.sanad.curriculum.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A version's lifecycle: reviewed before it is published, never changed once it is. */
@Tag("unit")
class VersionStatusTest {

    @Test
    void aVersionIsPublishedOnlyFromReviewAndRetiredOnlyOncePublished() {
        assertEquals(Set.of(VersionStatus.IN_REVIEW), from(VersionStatus.PUBLISHED));
        assertEquals(Set.of(VersionStatus.PUBLISHED), from(VersionStatus.RETIRED));
        assertTrue(Arrays.stream(VersionStatus.values()).noneMatch(VersionStatus.RETIRED::canMoveTo), "RETIRED is final");
        assertFalse(VersionStatus.PUBLISHED.canMoveTo(VersionStatus.DRAFT), "a published version is never reopened");
    }

    @Test
    void onlyOpenVersionsAreHiddenFromReaders() {
        for (VersionStatus status : VersionStatus.values()) {
            assertEquals(!status.isOpen(), VersionStatus.visibleToReaders().contains(status), status.name());
        }
    }

    /** The statuses that can move to {@code target}. */
    private static Set<VersionStatus> from(VersionStatus target) {
        return Arrays.stream(VersionStatus.values()).filter(status -> status.canMoveTo(target))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VersionStatus.class)));
    }
}
