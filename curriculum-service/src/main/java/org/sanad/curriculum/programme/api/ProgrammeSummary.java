package org.sanad.curriculum.programme.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.curriculum.programme.CertificateKind;
import org.sanad.curriculum.versioning.VersionStatus;

@Schema(name = "ProgrammeSummary")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeSummary(
        @Schema(example = "TOT-MIGRATION") String code,
        int version,
        VersionStatus status,
        String title,
        String audience,
        CertificateKind certificate,
        OffsetDateTime publishedAt) {
}
