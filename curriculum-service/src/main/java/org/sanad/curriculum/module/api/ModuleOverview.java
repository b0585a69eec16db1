package org.sanad.curriculum.module.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModuleOverview", description = "A module and the versions the caller may see")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModuleOverview(
        @Schema(example = "ARREST") String code,
        @Schema(description = "Number of the newest published version, if any") Integer latestPublished,
        List<ModuleSummary> versions) {
}
