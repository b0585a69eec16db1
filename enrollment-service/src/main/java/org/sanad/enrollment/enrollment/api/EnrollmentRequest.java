package org.sanad.enrollment.enrollment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrollmentRequest")
public record EnrollmentRequest(
        @NotNull @Schema(example = "1051") Long participantId,
        @Schema(description = "Take a seat at once (CONFIRMED, or WAITLISTED when full); false only nominates. Default true.")
        Boolean confirm,
        @Size(max = 1000) @Schema(example = "Nominated by the regional directorate of Casablanca") String reason) {

    public boolean confirmNow() {
        return confirm == null || confirm;
    }
}
