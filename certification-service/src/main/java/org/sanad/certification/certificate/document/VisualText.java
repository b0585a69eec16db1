package org.sanad.certification.certificate.document;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.util.regex.Pattern;

/**
 * Turns text in logical order into what a PDF content stream must draw: line breaks and tabs become
 * spaces and other control characters go (the signed credential keeps the name exactly as written),
 * Arabic letters are joined into their contextual forms, and right-to-left runs are reversed, so
 * "عائشة Traoré" prints as people read it. PDF has no text layout of its own; this is the part a
 * browser would otherwise do.
 */
final class VisualText {

    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]+");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

    private VisualText() {
    }

    /**
     * The text as drawn in a paragraph that runs right to left (an Arabic certificate) or left to right: the
     * direction decides where neutral characters between runs of either go, as in "الرقم التسلسلي: SAN-2026-0001".
     * Text with nothing right to left in it is drawn as written either way.
     */
    static String of(String logical, boolean rightToLeft) {
        if (logical == null) {
            return "";
        }
        String printable = CONTROLS.matcher(BREAKS.matcher(logical).replaceAll(" ")).replaceAll("");
        if (printable.isEmpty() || !Bidi.requiresBidi(printable.toCharArray(), 0, printable.length())) {
            return printable;
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(printable);
            Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.RTL : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
        } catch (ArabicShapingException e) {
            return printable;
        }
    }
}
