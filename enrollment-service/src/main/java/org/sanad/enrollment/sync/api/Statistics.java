package org.sanad.enrollment.sync.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Numbers trained, as partners report them. {@code enrolled} counts those who held a seat
 * (confirmed, attending, completed or not completed); the completion rate is completed / enrolled.
 */
@Schema(name = "Statistics")
public record Statistics(String scope, Counts total, List<Group> byGender, List<Group> byInstitution) {

    @Schema(name = "StatisticsCounts")
    public record Counts(long enrolled, long completed, long notCompleted, long withdrawn, long noShow, long waitlisted,
            @Schema(description = "completed / enrolled, 0..1; absent when nobody is enrolled") BigDecimal completionRate) {
    }

    @Schema(name = "StatisticsGroup")
    public record Group(String key, Counts counts) {
    }
}
