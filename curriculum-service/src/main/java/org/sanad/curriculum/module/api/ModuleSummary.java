package org.sanad.curriculum.module.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.curriculum.module.Track;
import org.sanad.curriculum.versioning.VersionStatus;

@Schema(name = "ModuleSummary", description = "A module version as listed in search results")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModuleSummary(
        @Schema(example = "ARREST") String code,
        @Schema(example = "2") int version,
        VersionStatus status,
        String title,
        Track track,
        String domain,
        BigDecimal durationHours,
        List<String> languages,
        OffsetDateTime publishedAt) {
}
