package org.sanad.curriculum.module.service;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.sanad.common.paging.Page;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.common.sql.Row;
import org.sanad.curriculum.module.Module;
import org.sanad.curriculum.module.ModuleVersion;
import org.sanad.curriculum.module.Track;
import org.sanad.curriculum.module.api.ModuleSummary;
import org.sanad.curriculum.standards.OperationalDomain;
import org.sanad.curriculum.standards.service.StandardsQueries;
import org.sanad.curriculum.versioning.VersionQueries;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.Visibility;

/**
 * Every read of modules and their versions. A search takes any combination of filters and free text
 * in one indexed query, ordered by module code then version number so that keyset pages never skip or
 * repeat a row.
 */
@Singleton
public class ModuleQueries extends VersionQueries<Module, ModuleVersion> {

    /** What a caller may filter on; every field is optional. */
    public record Criteria(String text, Track track, String domain, VersionStatus status, String language,
            String provision, String instrument) {
    }

    /** Opens an EXISTS over the provisions a module version's objectives carry; callers close it. */
    static final String ALIGNED = """
            EXISTS (SELECT 1 FROM objective o JOIN alignment a ON a.objective_id = o.id
                    WHERE o.module_version_id = mv.id""";

    private final Visibility visibility;
    private final StandardsQueries standards;

    public ModuleQueries(EntityManager em, Visibility visibility, StandardsQueries standards) {
        super(em, Module.class, ModuleVersion.class, "module");
        this.visibility = visibility;
        this.standards = standards;
    }

    /** Every version of the modules, for a programme to pick from in one query. */
    public List<ModuleVersion> versionsOf(Collection<String> moduleCodes) {
        return em.createQuery("FROM ModuleVersion WHERE module.code IN :codes", ModuleVersion.class)
                .setParameter("codes", moduleCodes).getResultList();
    }

    public boolean domainExists(String code) {
        return em.find(OperationalDomain.class, code) != null;
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
        if (!standards.restrictToCarriers(query, ALIGNED, criteria.provision(), criteria.instrument())) {
            return Page.empty();
        }
        return pageByCodeAndNumber(query, "m.code", "mv.number", cursor, size, ModuleQueries::summary);
    }

    private static ModuleSummary summary(Row row) {
        return new ModuleSummary(row.string("code"), row.intValue("number"), row.enumValue("status", VersionStatus.class),
                row.string("title"), row.enumValue("track", Track.class), row.string("domain_code"),
                row.decimal("duration_hours"), row.strings("languages"), row.timestamp("published_at"));
    }
}
