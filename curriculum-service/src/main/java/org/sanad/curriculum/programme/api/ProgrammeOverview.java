package org.sanad.curriculum.programme.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeOverview", description = "A programme and the versions the caller may see")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeOverview(String code, Integer latestPublished, List<ProgrammeSummary> versions) {
}
