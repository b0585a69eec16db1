package org.sanad.enrollment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CsvTest {

    /** A spreadsheet would run these as formulas; the export writes them as text, with a leading quote. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Test
    void anyRowItWritesReadsBackAsOneRecordOfTheSameText() {
        qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 10)).ofSizeBetween(1, 6))
                // A row of one empty cell is a blank line, which the reader drops; a leading BOM is the file's, not the cell's.
                .assuming(cells -> !cells.equals(List.of("")) && !cells.get(0).startsWith("\uFEFF"))
                .check(cells -> {
            String line = cells.stream().map(Csv::cell).collect(Collectors.joining(","));
            List<Csv.Record> read = Csv.parse(line);
            List<String> expected = cells.stream().map(CsvTest::asWritten).toList();
            return read.size() == 1 && read.get(0).fields().equals(expected);
        });
    }

    private static String asWritten(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+212 600", Csv.cell("+212 600"));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tcmd", Csv.cell("\tcmd"));
        assertEquals("\"'\r=1+1\"", Csv.cell("\r=1+1"));
        assertEquals("-1.5", Csv.cell(new BigDecimal("-1.5")));
        assertEquals("Salma El Amrani", Csv.cell("Salma El Amrani"));
    }

    @Test
    void whatItWritesReadsBackAsTheSameText() {
        String written = String.join(",", Csv.cell("Tazi, Amina"), Csv.cell("say \"hi\""), Csv.cell("two\nlines"));
        assertEquals(List.of(new Csv.Record(1, List.of("Tazi, Amina", "say \"hi\"", "two\nlines"))), Csv.parse(written));
    }
}
