package org.sanad.certification.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provision of an international instrument the certified programme integrates. */
@Schema(name = "CoveredStandard")
public record CoveredStandard(
        @Schema(example = "UNCAT-11") String provision,
        @Schema(example = "UNCAT") String instrument,
        @Schema(example = "Review of interrogation rules and custody arrangements") String shortTitle) {
}
