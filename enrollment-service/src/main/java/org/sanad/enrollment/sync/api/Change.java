package org.sanad.enrollment.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.enrollment.cohort.api.CohortSummary;
import org.sanad.enrollment.enrollment.api.EnrollmentView;

/**
 * One change to apply to a partner's copy: the current state of a cohort or an enrollment, or, when
 * {@code deleted}, that it must be forgotten (a deleted cohort takes its enrollments with it).
 */
@Schema(name = "Change")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(
        @Schema(example = "ENROLLMENT") String kind,
        long id,
        long cohortId,
        boolean deleted,
        @Schema(description = "The cohort now, for a COHORT change not deleted") CohortSummary cohort,
        @Schema(description = "The enrollment now, for an ENROLLMENT change not deleted") EnrollmentView enrollment) {
}
