package org.sanad.common.openapi;

import java.util.Locale;

/** What an API path names, in words, for the texts and names the document derives from it. */
final class PathNames {

    private PathNames() {
    }

    /**
     * What the first path parameter identifies, from the segment before it, or the collection the
     * path ends in: {@code /api/enrollment/cohorts/{id}/status} and {@code /api/enrollment/cohorts}
     * name a cohort, {@code /verify/status-lists/{purpose}/{list}} a status list.
     */
    static String identified(String path) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{") && !segments[i - 1].startsWith("{")) {
                return singular(segments[i - 1]);
            }
        }
        return segments.length == 0 ? "resource" : singular(segments[segments.length - 1]);
    }

    private static String singular(String segment) {
        String plural = segment.replace('-', ' ').toLowerCase(Locale.ROOT);
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("sses") || plural.endsWith("uses")) {
            return plural.substring(0, plural.length() - 2);
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }
}
