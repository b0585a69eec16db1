package org.sanad.curriculum.coverage.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sanad.curriculum.coverage.api.CoverageMatrix;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Cell;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Column;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Row;

/**
 * A coverage matrix laid out for people: modules as columns, provisions as rows, darker cells for
 * more hours, and gaps marked in red so a curriculum committee sees at once what nothing teaches.
 * The templates {@code HeatmapPages/svg} and {@code HeatmapPages/html} draw it; the wording is
 * {@code HeatmapMessages}.
 */
public record Heatmap(CoverageMatrix matrix, int width, int height, List<ColumnLabel> columns, List<RowView> rows) {

    static final int LABEL_WIDTH = 360;
    static final int HEADER_HEIGHT = 150;
    static final int CELL_WIDTH = 56;
    static final int CELL_HEIGHT = 24;

    /** A module's label, rotated above its column. */
    public record ColumnLabel(int x, int y, String module, int version) {
    }

    /** A provision's row; {@code gap} when nothing in the programme carries it. */
    public record RowView(int y, int textY, String provision, String shortTitle, boolean gap, List<CellView> cells) {
    }

    /** One cell; {@code hours} is absent where the module does not carry the provision. */
    public record CellView(int x, int y, int textX, int textY, String module, String fill, String textFill, String hours,
            String objectives) {

        public int width() {
            return CELL_WIDTH - 2;
        }

        public int height() {
            return CELL_HEIGHT - 2;
        }
    }

    public static Heatmap of(CoverageMatrix matrix) {
        List<Column> modules = matrix.modules();
        BigDecimal max = matrix.rows().stream().flatMap(row -> row.cells().stream()).map(Cell::hours)
                .max(BigDecimal::compareTo).filter(h -> h.signum() > 0).orElse(BigDecimal.ONE);
        List<ColumnLabel> columns = new ArrayList<>();
        for (int c = 0; c < modules.size(); c++) {
            columns.add(new ColumnLabel(LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2, HEADER_HEIGHT - 8,
                    modules.get(c).module(), modules.get(c).version()));
        }
        List<RowView> rows = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            Row row = matrix.rows().get(r);
            int y = HEADER_HEIGHT + r * CELL_HEIGHT;
            Map<String, Cell> carried = row.cells().stream().collect(Collectors.toMap(Cell::module, Function.identity()));
            List<CellView> cells = new ArrayList<>();
            for (int c = 0; c < modules.size(); c++) {
                Cell cell = carried.get(modules.get(c).module());
                int x = LABEL_WIDTH + c * CELL_WIDTH;
                String fill = cell == null ? (row.covered() ? "#f2f2f2" : "#fde7ea") : shade(cell.hours(), max);
                String textFill = cell != null && cell.hours().compareTo(max.divide(BigDecimal.TWO)) > 0 ? "#fff" : "#000";
                cells.add(new CellView(x + 1, y + 1, x + CELL_WIDTH / 2, y + 16, modules.get(c).module(), fill, textFill,
                        cell == null ? null : cell.hours().stripTrailingZeros().toPlainString(),
                        cell == null ? null : String.join(", ", cell.objectives())));
            }
            rows.add(new RowView(y, y + 16, row.provision(), shorten(row.shortTitle()), !row.covered(), cells));
        }
        int width = LABEL_WIDTH + CELL_WIDTH * Math.max(modules.size(), 1) + 16;
        int height = HEADER_HEIGHT + CELL_HEIGHT * matrix.rows().size() + 16;
        return new Heatmap(matrix, width, height, columns, rows);
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
        return text == null || text.length() <= 48 ? text : text.substring(0, 47) + "…";
    }
}
