package org.sanad.certification.certificate.document;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns text in logical order into what a PDF content stream must draw: Arabic letters joined into
 * their contextual forms, and right-to-left runs reversed, so "عائشة Traoré" prints as people read it.
 * PDF has no text layout of its own; this is the part a browser would otherwise do.
 */
final class VisualText {

    private VisualText() {
    }

    static String of(String logical) {
        if (logical == null || logical.isEmpty() || !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return logical == null ? "" : logical;
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
            Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            return bidi.writeReordered(Bidi.DO_MIRRORING);
        } catch (ArabicShapingException e) {
            return logical;
        }
    }
}
