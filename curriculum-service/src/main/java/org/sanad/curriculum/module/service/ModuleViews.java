package org.sanad.curriculum.module.service;

import java.util.List;
import org.sanad.curriculum.module.Alignment;
import org.sanad.curriculum.module.ModuleVersion;
import org.sanad.curriculum.module.Objective;
import org.sanad.curriculum.module.api.ModuleDraft;
import org.sanad.curriculum.module.api.ModuleDraft.AlignmentDraft;
import org.sanad.curriculum.module.api.ModuleDraft.ObjectiveDraft;
import org.sanad.curriculum.module.api.ModuleSummary;
import org.sanad.curriculum.module.api.ModuleVersionView;
import org.sanad.curriculum.module.api.ModuleVersionView.AlignmentView;
import org.sanad.curriculum.module.api.ModuleVersionView.ObjectiveView;

/** How module versions are shown to readers, and handed back to authors as a draft to start from. */
public final class ModuleViews {

    private ModuleViews() {
    }

    public static ModuleVersionView version(ModuleVersion version) {
        return new ModuleVersionView(version.module.code, version.number, version.status, version.title, version.summary,
                version.track, version.domain, version.durationHours, List.copyOf(version.languages),
                version.assessmentMethod, version.objectives.stream().map(ModuleViews::objective).toList(),
                version.createdAt, version.createdBy, version.updatedAt, version.publishedAt, version.retiredAt);
    }

    public static ModuleSummary summary(ModuleVersion version) {
        return new ModuleSummary(version.module.code, version.number, version.status, version.title, version.track,
                version.domain, version.durationHours, List.copyOf(version.languages), version.publishedAt);
    }

    static ModuleDraft draft(ModuleVersion version) {
        List<ObjectiveDraft> objectives = version.objectives.stream()
                .map(objective -> new ObjectiveDraft(objective.code, objective.text, objective.alignments.stream()
                        .map(alignment -> new AlignmentDraft(alignment.provision.code, alignment.note))
                        .toList()))
                .toList();
        return new ModuleDraft(version.module.code, version.title, version.summary, version.track, version.domain,
                version.durationHours, version.languages, version.assessmentMethod, objectives);
    }

    private static ObjectiveView objective(Objective objective) {
        return new ObjectiveView(objective.code, objective.text,
                objective.alignments.stream().map(ModuleViews::alignment).toList());
    }

    private static AlignmentView alignment(Alignment alignment) {
        return new AlignmentView(alignment.provision.code, alignment.provision.instrument.code,
                alignment.provision.shortTitle, alignment.note);
    }
}
