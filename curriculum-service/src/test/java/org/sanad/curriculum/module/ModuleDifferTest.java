package org.sanad.curriculum.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanad.curriculum.module.api.ModuleDiff;
import org.sanad.curriculum.module.api.ModuleVersionView;
import org.sanad.curriculum.module.api.ModuleVersionView.AlignmentView;
import org.sanad.curriculum.module.api.ModuleVersionView.ObjectiveView;
import org.sanad.curriculum.module.service.ModuleDiffer;
import org.sanad.curriculum.versioning.VersionStatus;

/** What a reviewer sees between two versions: objectives matched by code, alignments by provision. */
@Tag("unit")
class ModuleDifferTest {

    private static final AlignmentView LIBERTY = new AlignmentView("ICCPR-9", "ICCPR", "Liberty and security of person",
            "Reasons for arrest, given at once");
    private static final AlignmentView TORTURE = new AlignmentView("UNCAT-11", "UNCAT", "Review of custody rules", "");

    @Test
    void aVersionComparedWithItselfHasNoDifferences() {
        ModuleVersionView one = version(1, "12", List.of(new ObjectiveView("O1", "Explain the grounds", List.of(LIBERTY))));
        ModuleDiff diff = ModuleDiffer.diff(one, one);
        assertTrue(diff.fields().isEmpty() && diff.objectivesAdded().isEmpty() && diff.objectivesRemoved().isEmpty()
                && diff.objectivesChanged().isEmpty(), diff.toString());
    }

    @Test
    void objectivesAreMatchedByCodeAndAlignmentsByProvision() {
        ModuleVersionView before = version(1, "12", List.of(
                new ObjectiveView("O1", "Explain the grounds", List.of(LIBERTY)),
                new ObjectiveView("O2", "Record the custody", List.of())));
        ModuleVersionView after = version(2, "12.0", List.of(
                new ObjectiveView("O3", "Inform the family", List.of()),
                new ObjectiveView("O1", "Explain the grounds of arrest",
                        List.of(new AlignmentView("ICCPR-9", "ICCPR", "Liberty and security of person", "In a language understood"),
                                TORTURE))));
        ModuleDiff diff = ModuleDiffer.diff(before, after);
        assertEquals(List.of(), diff.fields(), "12 and 12.0 hours are the same duration");
        assertEquals(List.of("O3"), diff.objectivesAdded().stream().map(ObjectiveView::code).toList());
        assertEquals(List.of("O2"), diff.objectivesRemoved().stream().map(ObjectiveView::code).toList());
        ModuleDiff.ObjectiveChange changed = diff.objectivesChanged().get(0);
        assertEquals("O1", changed.code());
        assertEquals("Explain the grounds", changed.textBefore());
        assertEquals(List.of("UNCAT-11"), changed.alignmentsAdded().stream().map(AlignmentView::provision).toList());
        assertEquals(List.of(new ModuleDiff.NoteChange("ICCPR-9", "Reasons for arrest, given at once", "In a language understood")),
                changed.notesChanged());
    }

    @Test
    void aChangedFieldShowsBothValues() {
        ModuleDiff diff = ModuleDiffer.diff(version(1, "12", List.of()), version(2, "16", List.of()));
        assertEquals(List.of(new ModuleDiff.FieldChange("durationHours", new BigDecimal("12"), new BigDecimal("16"))),
                diff.fields());
    }

    private static ModuleVersionView version(int number, String hours, List<ObjectiveView> objectives) {
        return new ModuleVersionView("ARREST", number, VersionStatus.DRAFT, "Arrest and detention", "Lawful arrest",
                Track.CONTINUOUS, "ARREST", new BigDecimal(hours), List.of("fr", "ar"), "Role play", objectives,
                null, "author", null, null, null);
    }
}
