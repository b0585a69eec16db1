package org.sanad.common.problem;

import java.util.List;

/**
 * A refusal a service means to make: the caller gets it as problem details with the given type.
 * Services throw it (or a subclass naming the business reason); resources never build error bodies.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldViolation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " was not found");
    }

    /** A 400 for one field: {@code field} says where, {@code reason} why, {@code detail} in a sentence. */
    public static ProblemException invalidField(String field, String reason, String detail) {
        return new ProblemException(ProblemType.VALIDATION, detail, List.of(new FieldViolation(field, reason)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException unprocessable(String detail, List<FieldViolation> violations) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, violations);
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, null, violations);
    }
}
