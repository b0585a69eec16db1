package org.sanad.curriculum.programme.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.curriculum.programme.api.ProgrammeDraft.CertificateRule;
import org.sanad.curriculum.programme.api.ProgrammeDraft.CompletionRules;
import org.sanad.curriculum.versioning.VersionResponses;
import org.sanad.curriculum.versioning.VersionStatus;

@Schema(name = "ProgrammeVersion", description = "One version of a programme with its modules in order")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeVersionView(
        @Schema(example = "TOT-MIGRATION") String code,
        int version,
        VersionStatus status,
        String title,
        String audience,
        String description,
        List<ProgrammeModuleView> modules,
        @Schema(description = "Sum of the modules' durations") BigDecimal totalHours,
        CompletionRules completion,
        CertificateRule certificate,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime retiredAt) implements VersionResponses.Identified {

    @Schema(name = "ProgrammeModule", description = "A module version's place in the programme")
    public record ProgrammeModuleView(
            @Schema(example = "1") int position,
            @Schema(example = "ARREST") String module,
            @Schema(example = "2") int version,
            String title,
            VersionStatus status,
            BigDecimal durationHours,
            @Schema(description = "The pass mark that applies to this module") int minScore) {
    }
}
