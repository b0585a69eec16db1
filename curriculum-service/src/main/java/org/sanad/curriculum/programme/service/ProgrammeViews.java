package org.sanad.curriculum.programme.service;

import java.math.BigDecimal;
import java.util.List;
import org.sanad.common.contract.CoveredStandard;
import org.sanad.curriculum.module.ModuleVersion;
import org.sanad.curriculum.programme.CertificateKind;
import org.sanad.curriculum.programme.ProgrammeVersion;
import org.sanad.curriculum.programme.api.ProgrammeDraft;
import org.sanad.curriculum.programme.api.ProgrammeDraft.CertificateRule;
import org.sanad.curriculum.programme.api.ProgrammeDraft.CompletionRules;
import org.sanad.curriculum.programme.api.ProgrammeDraft.ModuleRef;
import org.sanad.curriculum.programme.api.ProgrammeSnapshot;
import org.sanad.curriculum.programme.api.ProgrammeSnapshot.SnapshotModule;
import org.sanad.curriculum.programme.api.ProgrammeSummary;
import org.sanad.curriculum.programme.api.ProgrammeVersionView;
import org.sanad.curriculum.programme.api.ProgrammeVersionView.ProgrammeModuleView;

/** How programme versions are shown to readers, to cohorts, and handed back to authors. */
final class ProgrammeViews {

    private ProgrammeViews() {
    }

    static ProgrammeVersionView version(ProgrammeVersion version) {
        List<ProgrammeModuleView> modules = version.modules.stream()
                .map(entry -> new ProgrammeModuleView(entry.position, entry.moduleVersion.module.code,
                        entry.moduleVersion.number, entry.moduleVersion.title, entry.moduleVersion.status,
                        entry.moduleVersion.durationHours, entry.effectiveMinScore()))
                .toList();
        return new ProgrammeVersionView(version.programme.code, version.number, version.status, version.title,
                version.audience, version.description, modules, totalHours(version), completion(version),
                certificate(version), version.createdAt, version.createdBy, version.updatedAt, version.publishedAt,
                version.retiredAt);
    }

    static ProgrammeSummary summary(ProgrammeVersion version) {
        return new ProgrammeSummary(version.programme.code, version.number, version.status, version.title,
                version.audience, version.certificateKind, version.publishedAt);
    }

    static ProgrammeSnapshot snapshot(ProgrammeVersion version, List<CoveredStandard> standards) {
        List<SnapshotModule> modules = version.modules.stream().map(entry -> {
            ModuleVersion module = entry.moduleVersion;
            return new SnapshotModule(entry.position, module.module.code, module.number, module.title,
                    module.track.name(), module.domain, module.durationHours, List.copyOf(module.languages),
                    module.assessmentMethod, entry.effectiveMinScore());
        }).toList();
        return new ProgrammeSnapshot(version.programme.code, version.number, version.status, version.title,
                version.audience, modules, totalHours(version), completion(version), certificate(version), standards,
                version.publishedAt);
    }

    static ProgrammeDraft draft(ProgrammeVersion version) {
        List<ModuleRef> modules = version.modules.stream()
                .map(entry -> new ModuleRef(entry.moduleVersion.module.code, entry.moduleVersion.number, entry.minScore))
                .toList();
        return new ProgrammeDraft(version.programme.code, version.title, version.audience, version.description, modules,
                completion(version), certificate(version));
    }

    private static BigDecimal totalHours(ProgrammeVersion version) {
        return version.modules.stream().map(entry -> entry.moduleVersion.durationHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static CompletionRules completion(ProgrammeVersion version) {
        return new CompletionRules(version.minAttendancePercent, version.minModuleScore, version.minOverallScore);
    }

    private static CertificateRule certificate(ProgrammeVersion version) {
        return new CertificateRule(version.certificateKind,
                version.certificateKind == CertificateKind.TRAINER ? version.certificateValidityMonths : null);
    }
}
