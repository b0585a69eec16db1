package org.sanad.enrollment.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.enrollment.cohort.Cohort;

/**
 * Which cohorts a caller may see, and what they may do there. Admins, auditors and services see all;
 * a registrar the cohorts its institution hosts; a partner those shared with its institution; a
 * trainer those they teach. A cohort outside the scope does not exist for the caller (404).
 */
public final class CohortScope {

    private final Caller caller;

    private CohortScope(Caller caller) {
        this.caller = caller;
    }

    public static CohortScope of(Caller caller) {
        return new CohortScope(caller);
    }

    public Caller caller() {
        return caller;
    }

    public boolean seesAll() {
        return caller.hasAnyRole(Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE);
    }

    /** Restricts a query over {@code cohort c} to the caller's cohorts. */
    public KeysetQuery restrict(KeysetQuery query) {
        Condition condition = condition();
        return condition.sql().equals("TRUE") ? query : query.and(condition.sql(), condition.parameters());
    }

    /**
     * The SQL condition over {@code cohort c} that holds for the caller's cohorts, with its parameters
     * (all named {@code scope*}).
     */
    public Condition condition() {
        if (seesAll()) {
            return new Condition("TRUE", Map.of());
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String institution = caller.institution().orElse(null);
        if (caller.hasRole(Roles.REGISTRAR) && institution != null) {
            any.add("c.host_institution = :scopeInstitution");
            parameters.put("scopeInstitution", institution);
        }
        if (caller.hasRole(Roles.PARTNER) && institution != null) {
            any.add("CAST(:scopeInstitution AS varchar) = ANY(c.partner_institutions)");
            parameters.put("scopeInstitution", institution);
        }
        if (caller.hasRole(Roles.TRAINER)) {
            any.add("EXISTS (SELECT 1 FROM cohort_trainer t JOIN participant tp ON tp.id = t.participant_id"
                    + " WHERE t.cohort_id = c.id AND tp.account = :scopeAccount)");
            parameters.put("scopeAccount", caller.subject());
        }
        return any.isEmpty() ? new Condition("FALSE", Map.of()) : new Condition("(" + String.join(" OR ", any) + ")", parameters);
    }

    public record Condition(String sql, Map<String, Object> parameters) {
    }

    /**
     * The institution a write acts for: an admin names any (required); a registrar acts for its own
     * only, which it may leave implicit.
     *
     * @param field the request field naming it, for the 400
     * @param action what the caller does, for the 403, e.g. "opens cohorts"
     */
    public String institutionFor(String requested, String field, String action) {
        if (caller.hasRole(Roles.ADMIN)) {
            if (requested == null) {
                throw new ProblemException(ProblemType.VALIDATION, "Name the institution",
                        List.of(new FieldViolation(field, "must not be null")));
            }
            return requested;
        }
        String own = caller.institution().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Your token names no institution, so you cannot do this"));
        if (requested != null && !requested.equals(own)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A registrar of " + own + " " + action + " for " + own + " only");
        }
        return own;
    }

    public boolean sees(Cohort cohort, boolean teaches) {
        return seesAll() || hosts(cohort) || partnerOf(cohort) || (caller.hasRole(Roles.TRAINER) && teaches);
    }

    /** Opening, editing and enrolling: admins, and registrars of the host institution. */
    public boolean manages(Cohort cohort) {
        return caller.hasRole(Roles.ADMIN) || hosts(cohort);
    }

    /** Recording attendance and results: those who manage it, and its trainers. */
    public boolean records(Cohort cohort, boolean teaches) {
        return manages(cohort) || (caller.hasRole(Roles.TRAINER) && teaches);
    }

    private boolean hosts(Cohort cohort) {
        return caller.hasRole(Roles.REGISTRAR) && caller.institution().filter(cohort.hostInstitution::equals).isPresent();
    }

    private boolean partnerOf(Cohort cohort) {
        return caller.hasRole(Roles.PARTNER) && caller.institution().filter(cohort::sharedWith).isPresent();
    }
}
