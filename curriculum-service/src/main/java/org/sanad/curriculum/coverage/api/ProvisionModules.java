package org.sanad.curriculum.coverage.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProvisionModules", description = "The published module versions whose objectives carry a provision")
public record ProvisionModules(@Schema(example = "UNCAT-11") String provision, List<CoveringModule> modules) {

    @Schema(name = "CoveringModule")
    public record CoveringModule(String code, int version, String title, List<CoveringObjective> objectives) {
    }

    @Schema(name = "CoveringObjective")
    public record CoveringObjective(String code, String text, String note) {
    }
}
