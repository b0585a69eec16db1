package org.sanad.curriculum.module.service;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.curriculum.module.Alignment;
import org.sanad.curriculum.module.Module;
import org.sanad.curriculum.module.ModuleVersion;
import org.sanad.curriculum.module.Objective;
import org.sanad.curriculum.module.api.ModuleDiff;
import org.sanad.curriculum.module.api.ModuleDraft;
import org.sanad.curriculum.module.api.ModuleDraft.AlignmentDraft;
import org.sanad.curriculum.module.api.ModuleDraft.ObjectiveDraft;
import org.sanad.curriculum.module.api.ModuleOverview;
import org.sanad.curriculum.module.api.ModuleVersionView;
import org.sanad.curriculum.standards.Provision;
import org.sanad.curriculum.standards.service.StandardsCatalog;
import org.sanad.curriculum.versioning.VersionedAuthoring;
import org.sanad.curriculum.versioning.Visibility;

/**
 * Writes and reads module versions (see {@link VersionedAuthoring}): what a module is made of, its
 * objectives and the provisions they carry, and the diff a reviewer reads.
 */
@Singleton
public class ModuleAuthoring extends VersionedAuthoring<Module, ModuleVersion, ModuleDraft, ModuleVersionView, ModuleOverview> {

    private final ModuleQueries queries;
    private final StandardsCatalog catalog;

    public ModuleAuthoring(ModuleQueries queries, StandardsCatalog catalog, Visibility visibility) {
        super("Module", queries, visibility);
        this.queries = queries;
        this.catalog = catalog;
    }

    /** Two versions side by side, both of which the caller must be allowed to see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ModuleDiff diff(String code, int from, int to) {
        return ModuleDiffer.diff(read(code, from).body(), read(code, to).body());
    }

    @Override
    protected Module newSeries() {
        return new Module();
    }

    @Override
    protected ModuleVersion newDraft(Module module, int number, String actor) {
        return ModuleVersion.draft(module, number, actor);
    }

    @Override
    protected Module seriesOf(ModuleVersion version) {
        return version.module;
    }

    @Override
    protected String codeOf(ModuleDraft draft) {
        return draft.code();
    }

    @Override
    protected ModuleDraft draftOf(ModuleVersion version) {
        return ModuleViews.draft(version);
    }

    @Override
    protected ModuleVersionView view(ModuleVersion version) {
        return ModuleViews.version(version);
    }

    @Override
    protected ModuleOverview overview(String code, Integer latestPublished, List<ModuleVersion> visible) {
        return new ModuleOverview(code, latestPublished, visible.stream().map(ModuleViews::summary).toList());
    }

    @Override
    protected void apply(ModuleVersion version, ModuleDraft draft) {
        List<FieldViolation> problems = new ArrayList<>();
        if (!queries.domainExists(draft.domain())) {
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
            queries.flush();
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
}
