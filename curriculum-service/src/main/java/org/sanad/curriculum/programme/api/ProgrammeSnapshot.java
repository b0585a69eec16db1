package org.sanad.curriculum.programme.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.common.contract.CoveredStandard;
import org.sanad.curriculum.programme.api.ProgrammeDraft.CertificateRule;
import org.sanad.curriculum.programme.api.ProgrammeDraft.CompletionRules;
import org.sanad.curriculum.versioning.VersionStatus;

/**
 * Everything a cohort needs from its programme, in one call: enrollment-service stores it when a
 * cohort is opened, so later curriculum changes never alter a running cohort.
 */
@Schema(name = "ProgrammeSnapshot", description = "A programme version as a cohort pins it: modules, completion rules, "
        + "certificate and the standards it covers")
public record ProgrammeSnapshot(
        @Schema(example = "TOT-MIGRATION") String code,
        int version,
        VersionStatus status,
        String title,
        String audience,
        List<SnapshotModule> modules,
        BigDecimal totalHours,
        CompletionRules completion,
        CertificateRule certificate,
        @Schema(description = "Every provision some module objective carries, in catalog order") List<CoveredStandard> standards,
        OffsetDateTime publishedAt) {

    @Schema(name = "SnapshotModule")
    public record SnapshotModule(int position, String code, int version, String title, String track, String domain,
            BigDecimal durationHours, List<String> languages, String assessmentMethod, int minScore) {
    }
}
