package org.sanad.curriculum.coverage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.sql.Row;
import org.sanad.curriculum.coverage.api.CoverageMatrix;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Cell;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Column;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Scope;
import org.sanad.curriculum.coverage.api.CoverageMatrix.Totals;
import org.sanad.curriculum.coverage.api.ProvisionModules;
import org.sanad.curriculum.coverage.api.ProvisionModules.CoveringModule;
import org.sanad.curriculum.coverage.api.ProvisionModules.CoveringObjective;
import org.sanad.curriculum.standards.Provision;
import org.sanad.curriculum.standards.service.StandardsQueries;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.Visibility;

/**
 * Computes coverage in two queries whatever the programme's size: one for its modules (the columns),
 * one for the provisions in scope joined to the objectives that carry them (the rows and cells).
 */
@ApplicationScoped
public class CoverageQueries {

    private static final String COLUMNS = """
            SELECT pv.id AS version_id, pv.status, pm.position, m.code AS module, mv.number, mv.title, mv.duration_hours
            FROM programme_version pv JOIN programme pr ON pr.id = pv.programme_id
            LEFT JOIN programme_module pm ON pm.programme_version_id = pv.id
            LEFT JOIN module_version mv ON mv.id = pm.module_version_id
            LEFT JOIN module m ON m.id = mv.module_id
            WHERE pr.code = :programme AND pv.number = :version
            ORDER BY pm.position""";

    // Cells: per provision and module, the objectives carrying it, and the module's objective count.
    // pm is MATERIALIZED so each module's objectives are counted once, not once per joined row.
    private static final String CELLS = """
            WITH pm AS MATERIALIZED (
                SELECT pm.module_version_id, pm.position, mv.duration_hours,
                       (SELECT count(*) FROM objective x WHERE x.module_version_id = pm.module_version_id) AS objectives
                FROM programme_module pm JOIN module_version mv ON mv.id = pm.module_version_id
                WHERE pm.programme_version_id = :pv),
            cells AS (
                SELECT a.provision_id, pm.position, array_agg(o.code ORDER BY o.position) AS codes,
                       count(*) AS carrying, pm.objectives, pm.duration_hours
                FROM pm JOIN objective o ON o.module_version_id = pm.module_version_id
                JOIN alignment a ON a.objective_id = o.id
                GROUP BY a.provision_id, pm.position, pm.objectives, pm.duration_hours),
            scope AS (%s)
            SELECT p.code AS provision, i.code AS instrument, p.number, p.short_title, c.position, c.codes, c.carrying,
                   c.objectives, c.duration_hours
            FROM scope s JOIN provision p ON p.id = s.provision_id JOIN instrument i ON i.id = p.instrument_id
            LEFT JOIN cells c ON c.provision_id = s.provision_id
            ORDER BY s.ord, i.code, p.position, c.position""";

    private static final String SCOPE_INSTRUMENT =
            "SELECT id AS provision_id, position AS ord FROM provision WHERE instrument_id = :scope";
    private static final String SCOPE_PROFILE =
            "SELECT provision_id, position AS ord FROM standards_profile_provision WHERE profile_id = :scope";
    private static final String SCOPE_PROGRAMME =
            "SELECT DISTINCT provision_id, 0 AS ord FROM cells WHERE :scope = 0";

    private final EntityManager em;
    private final Visibility visibility;
    private final StandardsQueries standards;

    public CoverageQueries(EntityManager em, Visibility visibility, StandardsQueries standards) {
        this.em = em;
        this.visibility = visibility;
        this.standards = standards;
    }

    public CoverageMatrix coverage(String programme, int version, String instrument, String profile) {
        if (instrument != null && profile != null) {
            throw new ProblemException(ProblemType.VALIDATION, "Measure against an instrument or a profile, not both",
                    List.of(new FieldViolation("profile", "leave out when instrument is given")));
        }
        List<Row> columnRows = Row.all(em.createNativeQuery(COLUMNS, Tuple.class)
                .setParameter("programme", programme).setParameter("version", version));
        if (columnRows.isEmpty() || !visibility.canSee(columnRows.get(0).enumValue("status", VersionStatus.class))) {
            throw ProblemException.notFound("Programme version", programme + " v" + version);
        }
        long versionId = columnRows.get(0).longValue("version_id");
        List<Column> columns = columnRows.stream().filter(row -> row.value("position") != null)
                .map(row -> new Column(row.intValue("position"), row.string("module"), row.intValue("number"),
                        row.string("title"), row.decimal("duration_hours")))
                .toList();

        Scope scope;
        String scopeSql;
        long scopeId;
        if (instrument != null) {
            scope = new Scope(Scope.Kind.INSTRUMENT, instrument);
            scopeSql = SCOPE_INSTRUMENT;
            scopeId = standards.instrument(instrument).orElseThrow(() -> ProblemException.notFound("Instrument", instrument)).id;
        } else if (profile != null) {
            scope = new Scope(Scope.Kind.PROFILE, profile);
            scopeSql = SCOPE_PROFILE;
            scopeId = standards.profile(profile).orElseThrow(() -> ProblemException.notFound("Standards profile", profile)).id;
        } else {
            scope = new Scope(Scope.Kind.PROGRAMME, null);
            scopeSql = SCOPE_PROGRAMME;
            scopeId = 0;
        }
        List<Row> cellRows = Row.all(em.createNativeQuery(CELLS.formatted(scopeSql), Tuple.class)
                .setParameter("pv", versionId).setParameter("scope", scopeId));
        return matrix(programme, version, scope, columns, cellRows);
    }

    /** The published module versions whose objectives carry a provision, in one query. */
    public ProvisionModules modulesCovering(String provisionCode) {
        Provision provision = standards.provision(provisionCode)
                .orElseThrow(() -> ProblemException.notFound("Provision", provisionCode));
        List<Row> rows = Row.all(em.createNativeQuery("""
                SELECT m.code AS module, mv.number, mv.title, o.code AS objective, o.text, a.note
                FROM alignment a JOIN objective o ON o.id = a.objective_id
                JOIN module_version mv ON mv.id = o.module_version_id JOIN module m ON m.id = mv.module_id
                WHERE a.provision_id = :provision AND mv.status = 'PUBLISHED'
                ORDER BY m.code, mv.number, o.position""", Tuple.class)
                .setParameter("provision", provision.id));
        Map<String, CoveringModule> modules = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = row.string("module") + "@" + row.intValue("number");
            modules.computeIfAbsent(key, k -> new CoveringModule(row.string("module"), row.intValue("number"),
                    row.string("title"), new ArrayList<>()))
                    .objectives().add(new CoveringObjective(row.string("objective"), row.string("text"), row.string("note")));
        }
        return new ProvisionModules(provisionCode, List.copyOf(modules.values()));
    }

    private static CoverageMatrix matrix(String programme, int version, Scope scope, List<Column> columns, List<Row> rows) {
        Map<Integer, String> moduleAt = new LinkedHashMap<>();
        columns.forEach(column -> moduleAt.put(column.position(), column.module()));
        Map<String, RowBuilder> byProvision = new LinkedHashMap<>();
        for (Row row : rows) {
            RowBuilder builder = byProvision.computeIfAbsent(row.string("provision"),
                    code -> new RowBuilder(code, row.string("instrument"), row.string("number"), row.string("short_title")));
            if (row.value("position") != null) {
                builder.add(new Cell(moduleAt.get(row.intValue("position")), row.strings("codes"),
                        hours(row.decimal("duration_hours"), row.longValue("carrying"), row.longValue("objectives"))));
            }
        }
        List<CoverageMatrix.Row> matrixRows = byProvision.values().stream().map(RowBuilder::build).toList();
        List<String> gaps = matrixRows.stream().filter(row -> !row.covered()).map(CoverageMatrix.Row::provision).toList();
        int covered = matrixRows.size() - gaps.size();
        BigDecimal percent = matrixRows.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(covered * 100.0 / matrixRows.size()).setScale(1, RoundingMode.HALF_UP);
        return new CoverageMatrix(programme, version, scope, columns, matrixRows, gaps,
                new Totals(matrixRows.size(), covered, percent));
    }

    private static BigDecimal hours(BigDecimal moduleHours, long carrying, long objectives) {
        return moduleHours.multiply(BigDecimal.valueOf(carrying))
                .divide(BigDecimal.valueOf(objectives), 1, RoundingMode.HALF_UP);
    }

    private static final class RowBuilder {
        private final String provision;
        private final String instrument;
        private final String number;
        private final String shortTitle;
        private final List<Cell> cells = new ArrayList<>();

        RowBuilder(String provision, String instrument, String number, String shortTitle) {
            this.provision = provision;
            this.instrument = instrument;
            this.number = number;
            this.shortTitle = shortTitle;
        }

        void add(Cell cell) {
            cells.add(cell);
        }

        CoverageMatrix.Row build() {
            BigDecimal hours = cells.stream().map(Cell::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new CoverageMatrix.Row(provision, instrument, number, shortTitle, !cells.isEmpty(), hours, List.copyOf(cells));
        }
    }
}
