package org.sanad.curriculum.programme.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanad.common.contract.CoveredStandard;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.web.ETags;
import org.sanad.common.web.Revisioned;
import org.sanad.curriculum.module.ModuleVersion;
import org.sanad.curriculum.programme.CertificateKind;
import org.sanad.curriculum.programme.Programme;
import org.sanad.curriculum.programme.ProgrammeModule;
import org.sanad.curriculum.programme.ProgrammeVersion;
import org.sanad.curriculum.programme.api.ProgrammeDraft;
import org.sanad.curriculum.programme.api.ProgrammeDraft.ModuleRef;
import org.sanad.curriculum.programme.api.ProgrammeOverview;
import org.sanad.curriculum.programme.api.ProgrammeSnapshot;
import org.sanad.curriculum.programme.api.ProgrammeVersionView;
import org.sanad.curriculum.versioning.Edit;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.Versions;
import org.sanad.curriculum.versioning.Visibility;

/**
 * Writes and reads programme versions. A programme is built only from published module versions,
 * and is published only while every one of them still is.
 */
@ApplicationScoped
@Transactional
public class ProgrammeAuthoring {

    private final Visibility visibility;
    private final EntityManager em;

    public ProgrammeAuthoring(Visibility visibility, EntityManager em) {
        this.visibility = visibility;
        this.em = em;
    }

    public Revisioned<ProgrammeVersionView> create(ProgrammeDraft draft) {
        Versions.requireNewCode(draft.code(), Programme.findByCode(draft.code()).isPresent(), "Programme");
        Programme programme = new Programme();
        programme.code = draft.code();
        programme.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        programme.createdBy = visibility.actor();
        programme.persist();
        return revisioned(newVersion(programme, 1, draft));
    }

    /** Edits a draft in place; an edit of a published or retired version becomes the next draft. */
    public Edit<ProgrammeVersionView> edit(String code, int number, ProgrammeDraft draft, String ifMatch) {
        Versions.requireSameCode(draft.code(), code, "Programme");
        ProgrammeVersion version = lockedVersion(code, number);
        ETags.requireMatch(ifMatch, version.revision);
        return version.edit("Programme " + code,
                () -> {
                    apply(version, draft);
                    return revisioned(version);
                },
                () -> revisioned(startNextVersion(version.programme, draft)));
    }

    public Revisioned<ProgrammeVersionView> copyLatest(String code) {
        Programme programme = Programme.findByCode(code).orElseThrow(() -> ProblemException.notFound("Programme", code));
        List<ProgrammeVersion> versions = ProgrammeVersion.ofProgramme(programme);
        return revisioned(startNextVersion(programme, ProgrammeViews.draft(versions.get(versions.size() - 1))));
    }

    public Revisioned<ProgrammeVersionView> changeStatus(String code, int number, VersionStatus target, String ifMatch) {
        ProgrammeVersion version = lockedVersion(code, number);
        ETags.requireMatch(ifMatch, version.revision);
        if (target == VersionStatus.PUBLISHED) {
            requireModulesPublished(version);
        }
        version.moveTo(target, "Programme " + code);
        return revisioned(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revisioned<ProgrammeVersionView> read(String code, int number) {
        return revisioned(visibleVersion(code, number));
    }

    /** What a cohort pins: the version with its modules, rules and the standards its objectives carry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeSnapshot snapshot(String code, int number) {
        ProgrammeVersion version = visibleVersion(code, number);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT p.code, i.code, p.short_title, i.code AS sort_instrument, p.position
                FROM programme_module pm
                JOIN objective o ON o.module_version_id = pm.module_version_id
                JOIN alignment a ON a.objective_id = o.id
                JOIN provision p ON p.id = a.provision_id
                JOIN instrument i ON i.id = p.instrument_id
                WHERE pm.programme_version_id = :version
                ORDER BY sort_instrument, p.position""")
                .setParameter("version", version.id)
                .getResultList();
        List<CoveredStandard> standards = rows.stream()
                .map(row -> new CoveredStandard((String) row[0], (String) row[1], (String) row[2]))
                .toList();
        return ProgrammeViews.snapshot(version, standards);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeOverview overview(String code) {
        Programme programme = Programme.findByCode(code).orElseThrow(() -> ProblemException.notFound("Programme", code));
        List<ProgrammeVersion> visible = ProgrammeVersion.ofProgramme(programme).stream()
                .filter(version -> visibility.canSee(version.status))
                .toList();
        if (visible.isEmpty()) {
            throw ProblemException.notFound("Programme", code);
        }
        return new ProgrammeOverview(code, Versions.latestPublished(visible),
                visible.stream().map(ProgrammeViews::summary).toList());
    }


    private ProgrammeVersion visibleVersion(String code, int number) {
        return ProgrammeVersion.findVersion(code, number)
                .filter(version -> visibility.canSee(version.status))
                .orElseThrow(() -> ProblemException.notFound("Programme version", code + " v" + number));
    }

    private ProgrammeVersion lockedVersion(String code, int number) {
        return ProgrammeVersion.findVersionForUpdate(code, number)
                .filter(version -> visibility.canSee(version.status))
                .orElseThrow(() -> ProblemException.notFound("Programme version", code + " v" + number));
    }

    private ProgrammeVersion startNextVersion(Programme programme, ProgrammeDraft draft) {
        int next = Versions.nextNumber(ProgrammeVersion.ofProgramme(programme), "Programme " + programme.code);
        return newVersion(programme, next, draft);
    }

    private ProgrammeVersion newVersion(Programme programme, int number, ProgrammeDraft draft) {
        ProgrammeVersion version = ProgrammeVersion.draft(programme, number, visibility.actor());
        apply(version, draft);
        version.persist();
        return version;
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

    private void apply(ProgrammeVersion version, ProgrammeDraft draft) {
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
            ProgrammeVersion.flush();
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
        List<ModuleVersion> found = ModuleVersion.list("module.code in ?1", refs.stream().map(ModuleRef::module).toList());
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

    private static Revisioned<ProgrammeVersionView> revisioned(ProgrammeVersion version) {
        return new Revisioned<>(ProgrammeViews.version(version), version.revision);
    }
}
