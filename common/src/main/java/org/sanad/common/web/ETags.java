package org.sanad.common.web;

import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a resource's ETag names the revision a client read, and a write
 * must send it back in {@code If-Match}, so two editors cannot silently overwrite each other.
 */
public final class ETags {

    private ETags() {
    }

    /** The strong entity tag of one revision of a resource. */
    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** Refuses a write without {@code If-Match} (428) or made against another revision (412). */
    public static void requireMatch(String ifMatch, long currentRevision) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you last read in an If-Match header, so concurrent edits cannot be lost");
        }
        String expected = of(currentRevision);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.STALE_WRITE,
                "This resource changed since you read it (now " + expected + "); read it again and reapply your change");
    }
}
