package org.sanad.enrollment.sync;

import jakarta.persistence.Entity;
import org.sanad.common.persistence.Identified;

/**
 * Tells partners' copies to forget something: a deleted enrollment, or a cohort (with its
 * enrollments) that is no longer shared with one institution.
 */
@Entity
public class Tombstone extends Identified {

    public static final String COHORT = "COHORT";
    public static final String ENROLLMENT = "ENROLLMENT";

    public String kind;
    public Long entityId;
    public Long cohortId;
    /** Only this institution must forget; null when everyone who sees the cohort must. */
    public String institution;

    public static Tombstone enrollment(long enrollmentId, long cohortId) {
        return of(ENROLLMENT, enrollmentId, cohortId, null);
    }

    public static Tombstone cohortFor(long cohortId, String institution) {
        return of(COHORT, cohortId, cohortId, institution);
    }

    private static Tombstone of(String kind, long entityId, long cohortId, String institution) {
        Tombstone tombstone = new Tombstone();
        tombstone.kind = kind;
        tombstone.entityId = entityId;
        tombstone.cohortId = cohortId;
        tombstone.institution = institution;
        return tombstone;
    }
}
