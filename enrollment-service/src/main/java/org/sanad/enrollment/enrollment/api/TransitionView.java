package org.sanad.enrollment.enrollment.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.enrollment.enrollment.EnrollmentStatus;

@Schema(name = "EnrollmentTransition", description = "One change of status: who made it, when and why")
public record TransitionView(EnrollmentStatus from, EnrollmentStatus to, String actor, OffsetDateTime at, String reason) {
}
