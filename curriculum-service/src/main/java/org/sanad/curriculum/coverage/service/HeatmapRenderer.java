package org.sanad.curriculum.coverage.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sanad.curriculum.coverage.api.CoverageMatrix;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Cell;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Column;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Row;

/**
 * Draws a coverage matrix for people: modules as columns, provisions as rows, darker cells for more
 * hours, and gaps marked in red so a curriculum committee sees at once what nothing teaches.
 */
public final class HeatmapRenderer {

    private static final int LABEL_WIDTH = 360;
    private static final int HEADER_HEIGHT = 150;
    private static final int CELL_WIDTH = 56;
    private static final int CELL_HEIGHT = 24;

    private HeatmapRenderer() {
    }

    public static String svg(CoverageMatrix matrix) {
        List<Column> columns = matrix.modules();
        int width = LABEL_WIDTH + CELL_WIDTH * Math.max(columns.size(), 1) + 16;
        int height = HEADER_HEIGHT + CELL_HEIGHT * matrix.rows().size() + 16;
        BigDecimal max = matrix.rows().stream().flatMap(row -> row.cells().stream()).map(Cell::hours)
                .max(BigDecimal::compareTo).filter(h -> h.signum() > 0).orElse(BigDecimal.ONE);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
        svg.append("<title>Coverage of ").append(escape(matrix.programme())).append(" v").append(matrix.version())
                .append(": ").append(matrix.totals().covered()).append(" of ").append(matrix.totals().provisions())
                .append(" provisions covered</title>\n");
        for (int c = 0; c < columns.size(); c++) {
            int x = LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2;
            svg.append("<text transform=\"translate(").append(x).append(',').append(HEADER_HEIGHT - 8)
                    .append(") rotate(-50)\">").append(escape(columns.get(c).module())).append(" v")
                    .append(columns.get(c).version()).append("</text>\n");
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            Row row = matrix.rows().get(r);
            int y = HEADER_HEIGHT + r * CELL_HEIGHT;
            svg.append("<text x=\"4\" y=\"").append(y + 16).append("\"").append(row.covered() ? "" : " fill=\"#b00020\"")
                    .append('>').append(escape(row.provision())).append(" — ").append(escape(shorten(row.shortTitle())))
                    .append(row.covered() ? "" : " (gap)").append("</text>\n");
            Map<String, Cell> cells = row.cells().stream().collect(Collectors.toMap(Cell::module, Function.identity()));
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = cells.get(columns.get(c).module());
                int x = LABEL_WIDTH + c * CELL_WIDTH;
                svg.append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"")
                        .append(CELL_WIDTH - 2).append("\" height=\"").append(CELL_HEIGHT - 2).append("\" fill=\"")
                        .append(cell == null ? (row.covered() ? "#f2f2f2" : "#fde7ea") : shade(cell.hours(), max))
                        .append("\"><title>").append(escape(row.provision())).append(" in ")
                        .append(escape(columns.get(c).module())).append(": ")
                        .append(cell == null ? "not covered" : cell.hours() + " h, objectives " + String.join(", ", cell.objectives()))
                        .append("</title></rect>\n");
                if (cell != null) {
                    svg.append("<text x=\"").append(x + CELL_WIDTH / 2).append("\" y=\"").append(y + 16)
                            .append("\" text-anchor=\"middle\" fill=\"").append(cell.hours().compareTo(max.divide(BigDecimal.TWO)) > 0 ? "#fff" : "#000")
                            .append("\">").append(cell.hours().stripTrailingZeros().toPlainString()).append("</text>\n");
                }
            }
        }
        return svg.append("</svg>\n").toString();
    }

    public static String html(CoverageMatrix matrix) {
        String scope = switch (matrix.scope().kind()) {
            case INSTRUMENT -> "instrument " + matrix.scope().code();
            case PROFILE -> "standards profile " + matrix.scope().code();
            case PROGRAMME -> "the provisions it covers";
        };
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Coverage of %1$s v%2$d</title>
                <style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#111}
                .legend span{display:inline-block;padding:.1rem .5rem;margin-right:.5rem}</style>
                </head><body>
                <h1>Coverage of %1$s v%2$d</h1>
                <p>Measured against %3$s: <strong>%4$d of %5$d provisions covered (%6$s%%)</strong>.
                Numbers are hours: a module's duration shared equally among its objectives.</p>
                <p class="legend"><span style="background:#1b5e20;color:#fff">more hours</span>
                <span style="background:#c8e6c9">fewer hours</span><span style="background:#fde7ea;color:#b00020">gap</span></p>
                %7$s
                </body></html>
                """.formatted(escape(matrix.programme()), matrix.version(), escape(scope), matrix.totals().covered(),
                matrix.totals().provisions(), matrix.totals().percentCovered().toPlainString(), svg(matrix));
    }

    /** Green from light to dark with the hours, relative to the busiest cell. */
    private static String shade(BigDecimal hours, BigDecimal max) {
        double share = Math.min(1.0, hours.doubleValue() / max.doubleValue());
        int red = (int) Math.round(200 - share * (200 - 27));
        int green = (int) Math.round(230 - share * (230 - 94));
        int blue = (int) Math.round(201 - share * (201 - 32));
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    private static String shorten(String text) {
        return text.length() <= 48 ? text : text.substring(0, 47) + "…";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
