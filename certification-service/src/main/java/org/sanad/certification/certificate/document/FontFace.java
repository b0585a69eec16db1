package org.sanad.certification.certificate.document;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** One TrueType face and the characters it can draw, read once from its Unicode character map. */
record FontFace(String name, Source source, BitSet coverage) {

    /** Opens the font file afresh: each document embeds its own subset. */
    interface Source {
        RandomAccessRead open() throws IOException;
    }

    static FontFace read(String name, Source source) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(source.open())) {
            CmapLookup characters = font.getUnicodeCmapLookup();
            BitSet coverage = new BitSet();
            if (characters != null) {
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codePoints = characters.getCharCodes(glyph);
                    if (codePoints != null) {
                        codePoints.forEach(coverage::set);
                    }
                }
            }
            return new FontFace(name, source, coverage);
        }
    }

    boolean draws(int codePoint) {
        return coverage.get(codePoint);
    }

    PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, source.open(), true, false);
    }
}
