package org.sanad.curriculum.versioning;

import java.util.List;
import java.util.Optional;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;

/** Rules about a whole series of versions of one module or programme. */
public final class Versions {

    private Versions() {
    }

    /**
     * The number the next version takes. Only one version is worked on at a time, so that reviewers
     * never have two competing drafts of the same thing.
     *
     * @param versions every version so far, in number order
     * @param what names the series in refusals, e.g. "Module ARREST"
     */
    public static int nextNumber(List<? extends VersionRecord> versions, String what) {
        Optional<? extends VersionRecord> open = versions.stream().filter(v -> v.status.isOpen()).findFirst();
        if (open.isPresent()) {
            throw ProblemException.conflict(what + " v" + open.get().number + " is already being worked on ("
                    + open.get().status + "); edit that one");
        }
        return versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number + 1;
    }

    /** Refuses to start a series without a code, or under a code already taken. */
    public static void requireNewCode(String code, boolean taken, String kind) {
        if (code == null) {
            throw new ProblemException(ProblemType.VALIDATION, "A new " + kind.toLowerCase() + " needs a code",
                    List.of(new FieldViolation("code", "must not be null")));
        }
        if (taken) {
            throw ProblemException.conflict(kind + " " + code + " already exists; add a version to it instead");
        }
    }

    /** Refuses a body that names another series than the URL does. */
    public static void requireSameCode(String given, String code, String kind) {
        if (given != null && !given.equals(code)) {
            throw new ProblemException(ProblemType.VALIDATION, "The code in the body is not the " + kind.toLowerCase() + "'s",
                    List.of(new FieldViolation("code", "must be " + code + " or left out")));
        }
    }

    /** The newest published version's number, if any. */
    public static Integer latestPublished(List<? extends VersionRecord> versions) {
        return versions.stream().filter(v -> v.status == VersionStatus.PUBLISHED)
                .map(v -> v.number).reduce((a, b) -> b).orElse(null);
    }
}
