package org.sanad.curriculum.module.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.curriculum.module.api.ModuleVersionView.AlignmentView;
import org.sanad.curriculum.module.api.ModuleVersionView.ObjectiveView;

@Schema(name = "ModuleDiff", description = "What changed from one version of a module to another")
public record ModuleDiff(
        String code,
        int from,
        int to,
        List<FieldChange> fields,
        List<ObjectiveView> objectivesAdded,
        List<ObjectiveView> objectivesRemoved,
        List<ObjectiveChange> objectivesChanged) {

    @Schema(name = "FieldChange")
    public record FieldChange(@Schema(example = "durationHours") String field, Object before, Object after) {
    }

    @Schema(name = "ObjectiveChange", description = "An objective present in both versions, with what changed in it")
    public record ObjectiveChange(
            String code,
            @Schema(description = "Present when the text changed") String textBefore,
            String textAfter,
            List<AlignmentView> alignmentsAdded,
            List<AlignmentView> alignmentsRemoved,
            List<NoteChange> notesChanged) {
    }

    @Schema(name = "NoteChange")
    public record NoteChange(String provision, String before, String after) {
    }
}
