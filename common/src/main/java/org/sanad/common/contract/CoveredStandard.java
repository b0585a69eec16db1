package org.sanad.common.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A provision of an international instrument a programme integrates. curriculum-service publishes it in
 * a programme snapshot, enrollment-service pins it with the cohort and sends it in the completion event,
 * certification-service prints it on the certificate: one type, so all three read the same fields.
 */
@Schema(name = "CoveredStandard")
public record CoveredStandard(
        @NotBlank @Size(max = TrainingLimits.PROVISION_CODE) @Schema(example = "UNCAT-11") String provision,
        @NotBlank @Size(max = TrainingLimits.INSTRUMENT_CODE) @Schema(example = "UNCAT") String instrument,
        @Size(max = TrainingLimits.TITLE) @Schema(example = "Review of interrogation rules and custody arrangements")
        String shortTitle) {
}
