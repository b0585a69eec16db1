package org.sanad.curriculum.module.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sanad.curriculum.module.api.ModuleDiff;
import org.sanad.curriculum.module.api.ModuleDiff.FieldChange;
import org.sanad.curriculum.module.api.ModuleDiff.NoteChange;
import org.sanad.curriculum.module.api.ModuleDiff.ObjectiveChange;
import org.sanad.curriculum.module.api.ModuleVersionView;
import org.sanad.curriculum.module.api.ModuleVersionView.AlignmentView;
import org.sanad.curriculum.module.api.ModuleVersionView.ObjectiveView;

/**
 * Compares two versions of a module the way a reviewer reads them: objectives are matched by their
 * stable code, alignments by provision.
 */
public final class ModuleDiffer {

    private ModuleDiffer() {
    }

    public static ModuleDiff diff(ModuleVersionView from, ModuleVersionView to) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "title", from.title(), to.title());
        compare(fields, "summary", from.summary(), to.summary());
        compare(fields, "track", from.track(), to.track());
        compare(fields, "domain", from.domain(), to.domain());
        if (from.durationHours().compareTo(to.durationHours()) != 0) {
            fields.add(new FieldChange("durationHours", from.durationHours(), to.durationHours()));
        }
        compare(fields, "languages", from.languages(), to.languages());
        compare(fields, "assessmentMethod", from.assessmentMethod(), to.assessmentMethod());

        Map<String, ObjectiveView> before = byCode(from.objectives());
        Map<String, ObjectiveView> after = byCode(to.objectives());
        List<ObjectiveView> added = to.objectives().stream().filter(o -> !before.containsKey(o.code())).toList();
        List<ObjectiveView> removed = from.objectives().stream().filter(o -> !after.containsKey(o.code())).toList();
        List<ObjectiveChange> changed = to.objectives().stream()
                .filter(o -> before.containsKey(o.code()))
                .map(o -> change(before.get(o.code()), o))
                .filter(Objects::nonNull)
                .toList();
        return new ModuleDiff(to.code(), from.version(), to.version(), fields, added, removed, changed);
    }

    private static ObjectiveChange change(ObjectiveView before, ObjectiveView after) {
        Map<String, AlignmentView> was = byProvision(before.alignments());
        Map<String, AlignmentView> is = byProvision(after.alignments());
        List<AlignmentView> added = after.alignments().stream().filter(a -> !was.containsKey(a.provision())).toList();
        List<AlignmentView> removed = before.alignments().stream().filter(a -> !is.containsKey(a.provision())).toList();
        List<NoteChange> notes = after.alignments().stream()
                .filter(a -> was.containsKey(a.provision()) && !Objects.equals(was.get(a.provision()).note(), a.note()))
                .map(a -> new NoteChange(a.provision(), was.get(a.provision()).note(), a.note()))
                .toList();
        boolean textChanged = !before.text().equals(after.text());
        if (!textChanged && added.isEmpty() && removed.isEmpty() && notes.isEmpty()) {
            return null;
        }
        return new ObjectiveChange(after.code(), textChanged ? before.text() : null, textChanged ? after.text() : null,
                added, removed, notes);
    }

    private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static Map<String, ObjectiveView> byCode(List<ObjectiveView> objectives) {
        return objectives.stream().collect(Collectors.toMap(ObjectiveView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, AlignmentView> byProvision(List<AlignmentView> alignments) {
        return alignments.stream().collect(Collectors.toMap(AlignmentView::provision, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
