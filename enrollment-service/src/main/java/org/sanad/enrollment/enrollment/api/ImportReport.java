package org.sanad.enrollment.enrollment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a valid import did. An invalid one stores nothing and answers 422 listing every bad row. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "Data rows read") int rows,
        @Schema(description = "Participants registered by this import") int participantsCreated,
        @Schema(description = "Rows matched to participants already registered (institution and service number)") int participantsMatched,
        int confirmed,
        int waitlisted,
        int nominated) {
}
