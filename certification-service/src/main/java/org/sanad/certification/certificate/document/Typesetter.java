package org.sanad.certification.certificate.document;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets text already in visual order with as many fonts as it takes. Each user-perceived character
 * (a letter with its marks, an emoji sequence) goes to the first face that draws all of it; one that
 * no face draws prints as a visible {@value #MISSING} instead of failing the document. A face is
 * embedded (as a subset) only in documents that use it.
 */
final class Typesetter {

    static final String MISSING = "\u25A1";

    enum Style {
        REGULAR, BOLD
    }

    private record Run(PDType0Font font, String text) {
    }

    private final PDDocument document;
    private final DocumentFonts.Faces faces;
    private final Map<FontFace, PDType0Font> embedded = new IdentityHashMap<>();

    Typesetter(PDDocument document, DocumentFonts.Faces faces) {
        this.document = document;
        this.faces = faces;
    }

    /** The width in points of visual text set at the given size. */
    float width(String visual, Style style, float size) throws IOException {
        float width = 0;
        for (Run run : runs(visual, style)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    void show(PDPageContentStream canvas, String visual, Style style, float size, Color color, float x, float y) throws IOException {
        canvas.beginText();
        canvas.setNonStrokingColor(color);
        canvas.newLineAtOffset(x, y);
        for (Run run : runs(visual, style)) {
            canvas.setFont(run.font(), size);
            canvas.showText(run.text());
        }
        canvas.endText();
    }

    private List<Run> runs(String visual, Style style) throws IOException {
        List<FontFace> chain = style == Style.BOLD ? faces.bold() : faces.regular();
        List<Run> runs = new ArrayList<>();
        FontFace current = null;
        StringBuilder text = new StringBuilder();
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(visual);
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String grapheme = visual.substring(start, end);
            if (grapheme.codePoints().allMatch(Typesetter::invisible)) {
                continue;
            }
            FontFace face = firstDrawing(chain, grapheme);
            String drawn = grapheme;
            if (face == null) {
                face = firstDrawing(chain, MISSING);
                drawn = MISSING;
            }
            if (face != current && current != null) {
                runs.add(new Run(embedded(current), text.toString()));
                text.setLength(0);
            }
            current = face;
            drawn.codePoints().filter(face::draws).forEach(text::appendCodePoint);
        }
        if (current != null) {
            runs.add(new Run(embedded(current), text.toString()));
        }
        return runs;
    }

    /** The first face that has every visible character of the grapheme; format characters it lacks are left out. */
    private static FontFace firstDrawing(List<FontFace> chain, String grapheme) {
        for (FontFace face : chain) {
            if (grapheme.codePoints().allMatch(c -> face.draws(c) || invisible(c))) {
                return face;
            }
        }
        return null;
    }

    private static boolean invisible(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private PDType0Font embedded(FontFace face) throws IOException {
        PDType0Font font = embedded.get(face);
        if (font == null) {
            font = face.embedIn(document);
            embedded.put(face, font);
        }
        return font;
    }
}
