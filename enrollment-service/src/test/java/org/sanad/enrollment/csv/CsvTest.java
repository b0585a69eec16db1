package org.sanad.enrollment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

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
