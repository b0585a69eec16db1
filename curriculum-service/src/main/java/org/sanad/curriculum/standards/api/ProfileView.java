package org.sanad.curriculum.standards.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StandardsProfile", description = "A named set of provisions that officers in one role must be trained on")
public record ProfileView(
        @Schema(example = "CUSTODY-OFFICERS") String code,
        String title,
        String description,
        List<ProvisionView> provisions) {
}
