package org.sanad.curriculum.programme.service;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.curriculum.module.ModuleVersion;
import org.sanad.curriculum.module.service.ModuleQueries;
import org.sanad.curriculum.programme.CertificateKind;
import org.sanad.curriculum.programme.Programme;
import org.sanad.curriculum.programme.ProgrammeModule;
import org.sanad.curriculum.programme.ProgrammeVersion;
import org.sanad.curriculum.programme.api.ProgrammeDraft;
import org.sanad.curriculum.programme.api.ProgrammeDraft.ModuleRef;
import org.sanad.curriculum.programme.api.ProgrammeOverview;
import org.sanad.curriculum.programme.api.ProgrammeSnapshot;
import org.sanad.curriculum.programme.api.ProgrammeVersionView;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.VersionedAuthoring;
import org.sanad.curriculum.versioning.Visibility;

/**
 * Writes and reads programme versions (see {@link VersionedAuthoring}). A programme is built only from
 * published module versions, and is published only while every one of them still is.
 */
@Singleton
public class ProgrammeAuthoring extends VersionedAuthoring<Programme, ProgrammeVersion, ProgrammeDraft, ProgrammeVersionView,
        ProgrammeOverview> {

    private final ProgrammeQueries queries;
    private final ModuleQueries modules;

    public ProgrammeAuthoring(ProgrammeQueries queries, ModuleQueries modules, Visibility visibility) {
        super("Programme", queries, visibility);
        this.queries = queries;
        this.modules = modules;
    }

    /** What a cohort pins: the version with its modules, rules and the standards its objectives carry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeSnapshot snapshot(String code, int number) {
        ProgrammeVersion version = visibleVersion(code, number);
        return ProgrammeViews.snapshot(version, queries.standardsCovered(version));
    }

    @Override
    protected Programme newSeries() {
        return new Programme();
    }

    @Override
    protected ProgrammeVersion newDraft(Programme programme, int number, String actor) {
        return ProgrammeVersion.draft(programme, number, actor);
    }

    @Override
    protected Programme seriesOf(ProgrammeVersion version) {
        return version.programme;
    }

    @Override
    protected String codeOf(ProgrammeDraft draft) {
        return draft.code();
    }

    @Override
    protected ProgrammeDraft draftOf(ProgrammeVersion version) {
        return ProgrammeViews.draft(version);
    }

    @Override
    protected ProgrammeVersionView view(ProgrammeVersion version) {
        return ProgrammeViews.version(version);
    }

    @Override
    protected ProgrammeOverview overview(String code, Integer latestPublished, List<ProgrammeVersion> visible) {
        return new ProgrammeOverview(code, latestPublished, visible.stream().map(ProgrammeViews::summary).toList());
    }

    /** Publishing requires every module version to be published still. */
    @Override
    protected void checkMove(ProgrammeVersion version, VersionStatus target) {
        if (target == VersionStatus.PUBLISHED) {
            requireModulesPublished(version);
        }
    }

    private void requireModulesPublished(ProgrammeVersion version) {
        List<FieldViolation> unpublished = version.modules.stream()
                .filter(entry -> entry.moduleVersion.status != VersionStatus.PUBLISHED)
                .map(entry -> new FieldViolation("modules[" + (entry.position - 1) + "]",
                        entry.moduleVersion.module.code + " v" + entry.moduleVersion.number + " is " + entry.moduleVersion.status))
                .toList();
        if (!unpublished.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Only published module versions can be part of a published programme", unpublished);
        }
    }

    @Override
    protected void apply(ProgrammeVersion version, ProgrammeDraft draft) {
        List<FieldViolation> problems = new ArrayList<>();
        boolean trainer = draft.certificate().kind() == CertificateKind.TRAINER;
        if (trainer && draft.certificate().validityMonths() == null) {
            problems.add(new FieldViolation("certificate.validityMonths", "a trainer certificate needs a validity"));
        } else if (!trainer && draft.certificate().validityMonths() != null) {
            problems.add(new FieldViolation("certificate.validityMonths", "only trainer certificates expire"));
        }
        List<ModuleVersion> modules = resolveModules(draft.modules(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("The programme cannot be saved as written", problems);
        }
        version.title = draft.title().strip();
        version.audience = draft.audience().strip();
        version.description = draft.description() == null ? "" : draft.description().strip();
        version.minAttendancePercent = draft.completion().minAttendancePercent();
        version.minModuleScore = draft.completion().minModuleScore();
        version.minOverallScore = draft.completion().minOverallScore();
        version.certificateKind = draft.certificate().kind();
        version.certificateValidityMonths = trainer ? draft.certificate().validityMonths() : null;
        if (!version.modules.isEmpty()) {
            version.modules.clear();
            // Orphans are deleted at flush, after inserts: flush now, or re-added modules collide.
            queries.flush();
        }
        for (int i = 0; i < modules.size(); i++) {
            ProgrammeModule entry = new ProgrammeModule();
            entry.programmeVersion = version;
            entry.moduleVersion = modules.get(i);
            entry.position = i + 1;
            entry.minScore = draft.modules().get(i).minScore();
            version.modules.add(entry);
        }
    }

    /** Finds every referenced module version in one query; each must exist and be published. */
    private List<ModuleVersion> resolveModules(List<ModuleRef> refs, List<FieldViolation> problems) {
        Set<String> codes = new HashSet<>();
        List<ModuleVersion> found = modules.versionsOf(refs.stream().map(ModuleRef::module).toList());
        List<ModuleVersion> resolved = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            ModuleRef ref = refs.get(i);
            String field = "modules[" + i + "]";
            if (!codes.add(ref.module())) {
                problems.add(new FieldViolation(field, "module " + ref.module() + " is already in the programme"));
                continue;
            }
            ModuleVersion match = found.stream()
                    .filter(v -> v.module.code.equals(ref.module()) && v.number == ref.version())
                    .findFirst().orElse(null);
            if (match == null || !visibility.canSee(match.status)) {
                problems.add(new FieldViolation(field, "unknown module version " + ref.module() + " v" + ref.version()));
            } else if (match.status != VersionStatus.PUBLISHED) {
                problems.add(new FieldViolation(field, ref.module() + " v" + ref.version() + " is " + match.status
                        + "; only published module versions can be part of a programme"));
            } else {
                resolved.add(match);
            }
        }
        return resolved;
    }
}
