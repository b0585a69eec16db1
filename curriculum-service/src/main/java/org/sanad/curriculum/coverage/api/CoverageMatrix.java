package org.sanad.curriculum.coverage.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Provisions (rows) by modules (columns) for one programme version. Hours are the module's duration
 * shared equally among its objectives, counting the objectives that carry the provision.
 */
@Schema(name = "CoverageMatrix", description = "Which objectives of which modules carry which provisions, for how many hours, "
        + "and which provisions in scope nothing covers")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageMatrix(
        @Schema(example = "CUSTODY-TORTURE-PREVENTION") String programme,
        int version,
        Scope scope,
        List<Column> modules,
        List<Row> rows,
        @Schema(description = "Provisions in scope that no objective carries") List<String> gaps,
        Totals totals) {

    @Schema(name = "CoverageScope", description = "What the programme is measured against; PROGRAMME means only what it covers")
    public record Scope(@Schema(example = "PROFILE") Kind kind, @Schema(example = "CUSTODY-OFFICERS") String code) {

        public enum Kind { INSTRUMENT, PROFILE, PROGRAMME }
    }

    @Schema(name = "CoverageColumn")
    public record Column(int position, @Schema(example = "CUSTODY-SAFEGUARDS") String module, int version, String title,
            BigDecimal durationHours) {
    }

    @Schema(name = "CoverageRow")
    public record Row(@Schema(example = "UNCAT-11") String provision, @Schema(example = "UNCAT") String instrument,
            @Schema(example = "11") String number, String shortTitle, boolean covered, BigDecimal hours, List<Cell> cells) {
    }

    @Schema(name = "CoverageCell")
    public record Cell(@Schema(example = "CUSTODY-SAFEGUARDS") String module, @Schema(example = "[\"O2\", \"O4\"]") List<String> objectives,
            BigDecimal hours) {
    }

    @Schema(name = "CoverageTotals")
    public record Totals(int provisions, int covered, @Schema(example = "77.8") BigDecimal percentCovered) {
    }
}
