package org.sanad.enrollment.csv;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: cells written safe to open in a spreadsheet, and records read with quoted fields. */
public final class Csv {

    private Csv() {
    }

    /** What a spreadsheet may take for the start of a formula (OWASP's list for CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A cell starting with = + - @ TAB or CR would run as a formula in a spreadsheet (CSV injection).
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** One record and the line of the file it starts on (1 is the first line). */
    public record Record(int line, List<String> fields) {
    }

    /**
     * Splits a whole document into records: quoted fields may hold commas, doubled quotes and line
     * breaks; CRLF and LF both end a record; a UTF-8 byte order mark is skipped; blank lines are dropped.
     *
     * @throws IllegalArgumentException naming the line of an unterminated quoted field
     */
    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + recordLine + " opens a quoted field that never closes");
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
