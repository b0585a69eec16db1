package org.sanad.enrollment.enrollment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import org.sanad.common.persistence.Identified;

/** One change of an enrollment's status: the audit trail of who did what, when and why. */
@Entity
public class EnrollmentTransition extends Identified {

    public Long enrollmentId;
    @Enumerated(EnumType.STRING)
    public EnrollmentStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public EnrollmentStatus toStatus;
    /** The {@code sub} of the token that asked for it, or the service for automatic moves. */
    public String actor;
    public OffsetDateTime at;
    public String reason;

    public static EnrollmentTransition of(Enrollment enrollment, EnrollmentStatus from, EnrollmentStatus to, String actor,
            String reason) {
        EnrollmentTransition transition = new EnrollmentTransition();
        transition.enrollmentId = enrollment.id;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.actor = actor;
        transition.at = enrollment.updatedAt;
        transition.reason = reason;
        return transition;
    }
}
