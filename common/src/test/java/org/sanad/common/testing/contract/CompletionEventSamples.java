package org.sanad.common.testing.contract;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.sanad.common.contract.CompletionEvent;
import org.sanad.common.contract.CoveredStandard;

/**
 * Completion events both sides of the contract are tested with: producer (enrollment-service) and
 * consumer (certification-service) take the limits from the same annotations, so a change to either
 * side alone fails one of the two tests.
 */
public final class CompletionEventSamples {

    /** Latin, Arabic and Tifinagh, the scripts of the names the academies' registrars write. */
    private static final String NAME_TEXT = "Fatima-Zahra El Amrani فاطمة الزهراء العمراني ⴼⴰⵟⵉⵎⴰ ";

    private CompletionEventSamples() {
    }

    /** The most a field of this record may hold, read from its {@code @Size}. */
    public static int sizeLimit(Class<? extends Record> type, String component) {
        Size size = Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no " + component))
                .getAccessor().getAnnotation(Size.class);
        if (size == null) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + component + " has no @Size");
        }
        return size.max();
    }

    /** Text of exactly this many characters, mixing scripts, ending in a letter. */
    public static String text(int length) {
        String repeated = NAME_TEXT.repeat(length / NAME_TEXT.length() + 1).substring(0, length - 1);
        return repeated + "x";
    }

    /** An event with every text field at its limit and as many standards as a programme may cover. */
    public static CompletionEvent maximal(UUID eventId, long enrollmentId, String institution, String cohortCode) {
        var participant = new CompletionEvent.Participant(enrollmentId,
                text(sizeLimit(CompletionEvent.Participant.class, "givenName")),
                text(sizeLimit(CompletionEvent.Participant.class, "familyName")),
                institution,
                "SN-" + "9".repeat(sizeLimit(CompletionEvent.Participant.class, "serviceNumber") - 3),
                "sub-" + "a".repeat(sizeLimit(CompletionEvent.Participant.class, "account") - 4));
        var cohort = new CompletionEvent.Cohort(enrollmentId, cohortCode, institution, List.of(),
                text(sizeLimit(CompletionEvent.Cohort.class, "location")),
                LocalDate.of(2025, 2, 24), LocalDate.of(2025, 2, 28), List.of(),
                "x".repeat(sizeLimit(CompletionEvent.Cohort.class, "language")));
        var programme = new CompletionEvent.Programme(
                "TOT-" + "M".repeat(sizeLimit(CompletionEvent.Programme.class, "code") - 4), 1,
                text(sizeLimit(CompletionEvent.Programme.class, "title")), "TRAINER", 36,
                IntStream.range(0, sizeLimit(CompletionEvent.Programme.class, "standards"))
                        .mapToObj(CompletionEventSamples::standard).toList());
        return new CompletionEvent(eventId, CompletionEvent.TYPE, OffsetDateTime.parse("2025-02-28T17:00:00Z"),
                enrollmentId, participant, cohort, programme,
                new CompletionEvent.Result(new BigDecimal("100.00"), new BigDecimal("86.67")));
    }

    private static CoveredStandard standard(int index) {
        String provision = "UNCAT-" + index + "-";
        provision += "9".repeat(sizeLimit(CoveredStandard.class, "provision") - provision.length());
        return new CoveredStandard(provision, "UNCAT", text(sizeLimit(CoveredStandard.class, "shortTitle")));
    }
}
