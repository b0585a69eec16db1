package org.sanad.curriculum.programme.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.curriculum.programme.CertificateKind;

/** A programme version as an author writes it; {@code code} names the programme on creation. */
@Schema(name = "ProgrammeDraft")
public record ProgrammeDraft(
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "capitals, digits and '-', at most 40")
        @Schema(example = "TOT-MIGRATION") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Training of trainers: migration and the rights of migrants") String title,
        @NotBlank @Size(max = 300) @Schema(example = "Trainers of trainers (law-enforcement officials and human-rights experts)") String audience,
        @Size(max = 10000) String description,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid ModuleRef> modules,
        @NotNull @Valid CompletionRules completion,
        @NotNull @Valid CertificateRule certificate) {

    @Schema(name = "ModuleRef", description = "A published module version, optionally with its own pass mark")
    public record ModuleRef(
            @NotBlank @Schema(example = "MIGRANT-RIGHTS") String module,
            @Min(1) @Schema(example = "1") int version,
            @Min(0) @Max(100) @Schema(description = "Pass mark for this module; the programme's when absent") Integer minScore) {
    }

    @Schema(name = "CompletionRules")
    public record CompletionRules(
            @Min(0) @Max(100) @Schema(example = "80") int minAttendancePercent,
            @Min(0) @Max(100) @Schema(example = "70") int minModuleScore,
            @Min(0) @Max(100) @Schema(example = "75") int minOverallScore) {
    }

    @Schema(name = "CertificateRule", description = "What completion earns; a TRAINER certificate is valid for validityMonths")
    public record CertificateRule(
            @NotNull CertificateKind kind,
            @Min(1) @Max(240) @Schema(example = "36") Integer validityMonths) {
    }
}
