package org.sanad.curriculum.module.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.curriculum.module.Track;
import org.sanad.curriculum.versioning.VersionResponses;
import org.sanad.curriculum.versioning.VersionStatus;

@Schema(name = "ModuleVersion", description = "One version of a module with its objectives and their alignments")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModuleVersionView(
        @Schema(example = "ARREST") String code,
        @Schema(example = "2") int version,
        VersionStatus status,
        String title,
        String summary,
        Track track,
        @Schema(example = "ARREST") String domain,
        @Schema(example = "12") BigDecimal durationHours,
        List<String> languages,
        String assessmentMethod,
        List<ObjectiveView> objectives,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime retiredAt) implements VersionResponses.Identified {

    @Schema(name = "Objective")
    public record ObjectiveView(@Schema(example = "O1") String code, String text, List<AlignmentView> alignments) {
    }

    @Schema(name = "Alignment", description = "A provision the objective carries, and how it applies")
    public record AlignmentView(
            @Schema(example = "ICCPR-9") String provision,
            @Schema(example = "ICCPR") String instrument,
            @Schema(example = "Liberty and security of person") String shortTitle,
            String note) {
    }
}
