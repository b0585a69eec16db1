package org.sanad.curriculum.standards.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Provision", description = "One article, rule or principle of an instrument")
public record ProvisionView(
        @Schema(example = "UNCAT-10") String code,
        @Schema(example = "UNCAT") String instrument,
        @Schema(example = "10") String number,
        @Schema(example = "Training of law enforcement personnel") String shortTitle,
        String summary,
        String url) {
}
