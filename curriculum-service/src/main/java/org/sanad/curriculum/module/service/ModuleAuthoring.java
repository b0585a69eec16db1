package org.sanad.curriculum.module.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.web.ETags;
import org.sanad.curriculum.module.Alignment;
import org.sanad.curriculum.module.Module;
import org.sanad.curriculum.module.ModuleVersion;
import org.sanad.curriculum.module.Objective;
import org.sanad.curriculum.module.api.ModuleDraft;
import org.sanad.curriculum.module.api.ModuleDraft.AlignmentDraft;
import org.sanad.curriculum.module.api.ModuleDraft.ObjectiveDraft;
import org.sanad.curriculum.module.api.ModuleDiff;
import org.sanad.curriculum.module.api.ModuleOverview;
import org.sanad.curriculum.module.api.ModuleVersionView;
import org.sanad.curriculum.standards.OperationalDomain;
import org.sanad.curriculum.standards.Provision;
import org.sanad.curriculum.standards.service.StandardsCatalog;
import org.sanad.curriculum.versioning.Edit;
import org.sanad.common.web.Revisioned;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.Versions;
import org.sanad.curriculum.versioning.Visibility;

/**
 * Writes and reads module versions. A draft is edited in place; a published version is never
 * changed: editing it starts the next draft. Every write names the revision it was based on.
 */
@ApplicationScoped
@Transactional
public class ModuleAuthoring {

    private final StandardsCatalog catalog;
    private final Visibility visibility;

    public ModuleAuthoring(StandardsCatalog catalog, Visibility visibility) {
        this.catalog = catalog;
        this.visibility = visibility;
    }

    /** Creates a module and its first draft. */
    public Revisioned<ModuleVersionView> create(ModuleDraft draft) {
        Versions.requireNewCode(draft.code(), Module.findByCode(draft.code()).isPresent(), "Module");
        Module module = new Module();
        module.code = draft.code();
        module.createdAt = now();
        module.createdBy = visibility.actor();
        module.persist();
        return revisioned(newVersion(module, 1, draft));
    }

    /**
     * Applies an author's edit to a version. A draft changes in place; a published or retired version
     * stays as it was and the edit becomes the module's next draft.
     *
     * @return the version that now holds the edit, and whether it was created
     */
    public Edit<ModuleVersionView> edit(String code, int number, ModuleDraft draft, String ifMatch) {
        Versions.requireSameCode(draft.code(), code, "Module");
        ModuleVersion version = lockedVersion(code, number);
        ETags.requireMatch(ifMatch, version.revision);
        return version.edit("Module " + code,
                () -> {
                    apply(version, draft);
                    return revisioned(version);
                },
                () -> revisioned(startNextVersion(version.module, draft)));
    }

    /** Starts the next draft as a copy of the newest version. */
    public Revisioned<ModuleVersionView> copyLatest(String code) {
        Module module = Module.findByCode(code).orElseThrow(() -> ProblemException.notFound("Module", code));
        List<ModuleVersion> versions = ModuleVersion.ofModule(module);
        ModuleVersion latest = versions.get(versions.size() - 1);
        return revisioned(startNextVersion(module, ModuleViews.draft(latest)));
    }

    public Revisioned<ModuleVersionView> changeStatus(String code, int number, VersionStatus target, String ifMatch) {
        ModuleVersion version = lockedVersion(code, number);
        ETags.requireMatch(ifMatch, version.revision);
        version.moveTo(target, "Module " + code);
        return revisioned(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revisioned<ModuleVersionView> read(String code, int number) {
        return revisioned(ModuleVersion.findVersion(code, number)
                .filter(version -> visibility.canSee(version.status))
                .orElseThrow(() -> ProblemException.notFound("Module version", code + " v" + number)));
    }

    /** Two versions side by side, both of which the caller must be allowed to see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ModuleDiff diff(String code, int from, int to) {
        return ModuleDiffer.diff(read(code, from).body(), read(code, to).body());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ModuleOverview overview(String code) {
        Module module = Module.findByCode(code).orElseThrow(() -> ProblemException.notFound("Module", code));
        List<ModuleVersion> visible = ModuleVersion.ofModule(module).stream()
                .filter(version -> visibility.canSee(version.status))
                .toList();
        if (visible.isEmpty()) {
            throw ProblemException.notFound("Module", code);
        }
        return new ModuleOverview(code, Versions.latestPublished(visible), visible.stream().map(ModuleViews::summary).toList());
    }


    private ModuleVersion startNextVersion(Module module, ModuleDraft draft) {
        return newVersion(module, Versions.nextNumber(ModuleVersion.ofModule(module), "Module " + module.code), draft);
    }

    private ModuleVersion newVersion(Module module, int number, ModuleDraft draft) {
        ModuleVersion version = ModuleVersion.draft(module, number, visibility.actor());
        apply(version, draft);
        version.persist();
        return version;
    }

    private ModuleVersion lockedVersion(String code, int number) {
        return ModuleVersion.findVersionForUpdate(code, number)
                .filter(version -> visibility.canSee(version.status))
                .orElseThrow(() -> ProblemException.notFound("Module version", code + " v" + number));
    }

    private void apply(ModuleVersion version, ModuleDraft draft) {
        List<FieldViolation> problems = new ArrayList<>();
        if (OperationalDomain.findById(draft.domain()) == null) {
            problems.add(new FieldViolation("domain", "unknown operational domain " + draft.domain()));
        }
        Set<String> objectiveCodes = new HashSet<>();
        List<String> provisionCodes = new ArrayList<>();
        List<String> provisionFields = new ArrayList<>();
        for (int i = 0; i < draft.objectives().size(); i++) {
            ObjectiveDraft objective = draft.objectives().get(i);
            if (!objectiveCodes.add(objective.code())) {
                problems.add(new FieldViolation("objectives[" + i + "].code", "repeats objective " + objective.code()));
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < objective.alignments().size(); j++) {
                String provision = objective.alignments().get(j).provision();
                String field = "objectives[" + i + "].alignments[" + j + "].provision";
                if (!seen.add(provision)) {
                    problems.add(new FieldViolation(field, "repeats provision " + provision));
                }
                provisionCodes.add(provision);
                provisionFields.add(field);
            }
        }
        Map<String, Provision> provisions = Map.of();
        try {
            provisions = catalog.resolve(provisionCodes, provisionFields::get);
        } catch (ProblemException unknown) {
            problems.addAll(unknown.toProblem().errors());
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("The module cannot be saved as written", problems);
        }

        version.title = draft.title().strip();
        version.summary = draft.summary().strip();
        version.track = draft.track();
        version.domain = draft.domain();
        version.durationHours = draft.durationHours();
        version.languages = new ArrayList<>(draft.languages().stream().distinct().toList());
        version.assessmentMethod = draft.assessmentMethod().strip();
        if (!version.objectives.isEmpty()) {
            version.objectives.clear();
            // Orphans are deleted at flush, after inserts: flush now, or reused objective codes collide.
            ModuleVersion.flush();
        }
        for (int i = 0; i < draft.objectives().size(); i++) {
            version.objectives.add(objective(version, i, draft.objectives().get(i), provisions));
        }
    }

    private static Objective objective(ModuleVersion version, int position, ObjectiveDraft draft, Map<String, Provision> provisions) {
        Objective objective = new Objective();
        objective.moduleVersion = version;
        objective.code = draft.code();
        objective.position = position;
        objective.text = draft.text().strip();
        for (int j = 0; j < draft.alignments().size(); j++) {
            AlignmentDraft alignmentDraft = draft.alignments().get(j);
            Alignment alignment = new Alignment();
            alignment.objective = objective;
            alignment.provision = provisions.get(alignmentDraft.provision());
            alignment.note = alignmentDraft.note() == null ? "" : alignmentDraft.note().strip();
            alignment.position = j;
            objective.alignments.add(alignment);
        }
        return objective;
    }

    private static Revisioned<ModuleVersionView> revisioned(ModuleVersion version) {
        return new Revisioned<>(ModuleViews.version(version), version.revision);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
