package org.sanad.curriculum.module.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.paging.KeysetQuery;
import org.sanad.common.sql.NativeRows;
import org.sanad.curriculum.module.Track;
import org.sanad.curriculum.module.api.ModuleSummary;
import org.sanad.curriculum.standards.service.StandardsCatalog;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.Visibility;

/**
 * Finds module versions by any combination of filters and free text, in one indexed query, ordered by
 * module code then version number so that keyset pages never skip or repeat a row.
 */
@ApplicationScoped
public class ModuleSearch {

    /** What a caller may filter on; every field is optional. */
    public record Criteria(String text, Track track, String domain, VersionStatus status, String language,
            String provision, String instrument) {
    }

    /** Opens an EXISTS over the provisions a module version's objectives carry; callers close it. */
    static final String ALIGNED = """
            EXISTS (SELECT 1 FROM objective o JOIN alignment a ON a.objective_id = o.id
                    WHERE o.module_version_id = mv.id""";

    private final EntityManager em;
    private final Visibility visibility;
    private final StandardsCatalog catalog;

    public ModuleSearch(EntityManager em, Visibility visibility, StandardsCatalog catalog) {
        this.em = em;
        this.visibility = visibility;
        this.catalog = catalog;
    }

    public Page<ModuleSummary> search(Criteria criteria, int size, String cursor) {
        Set<VersionStatus> statuses = visibility.searchable(criteria.status());
        if (statuses.isEmpty()) {
            return Page.empty();
        }
        KeysetQuery query = new KeysetQuery("""
                SELECT m.code, mv.number, mv.status, mv.title, mv.track, mv.domain_code, mv.duration_hours,
                       mv.languages, mv.published_at
                FROM module_version mv JOIN module m ON m.id = mv.module_id
                WHERE true""")
                .and("mv.status = ANY(CAST(:statuses AS varchar[]))", "statuses",
                        statuses.stream().map(Enum::name).toArray(String[]::new));
        if (criteria.track() != null) {
            query.and("mv.track = :track", "track", criteria.track().name());
        }
        if (criteria.domain() != null) {
            query.and("mv.domain_code = :domain", "domain", criteria.domain());
        }
        if (criteria.language() != null) {
            query.and("mv.languages @> ARRAY[CAST(:language AS varchar)]", "language", criteria.language());
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            // Both sides on module_version, so the full-text index serves the whole condition.
            query.and("(mv.search_text @@ websearch_to_tsquery('simple', :text)"
                    + " OR mv.module_id = (SELECT id FROM module WHERE code = upper(:text)))", "text", criteria.text().strip());
        }
        if (!catalog.restrictToCarriers(query, ALIGNED, criteria.provision(), criteria.instrument())) {
            return Page.empty();
        }
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor, 2);
            // The first clause lets the index on module.code start at the cursor instead of the beginning.
            query.and("m.code >= :afterCode AND (m.code, mv.number) > (:afterCode, :afterNumber)",
                    "afterCode", after.key(0), "afterNumber", (int) after.longKey(1));
        }
        List<Object[]> rows = query.page(em, "m.code, mv.number", size);
        return Page.fromLookahead(rows, size, row -> Cursor.of(row[0], row[1]), ModuleSearch::summary);
    }

    private static ModuleSummary summary(Object[] row) {
        return new ModuleSummary((String) row[0], ((Number) row[1]).intValue(), VersionStatus.valueOf((String) row[2]),
                (String) row[3], Track.valueOf((String) row[4]), (String) row[5], (BigDecimal) row[6], NativeRows.strings(row[7]),
                NativeRows.timestamp(row[8]));
    }
}
