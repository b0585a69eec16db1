package org.sanad.curriculum.programme.service;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Set;
import org.sanad.common.contract.CoveredStandard;
import org.sanad.common.paging.Page;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.common.sql.Row;
import org.sanad.curriculum.module.Track;
import org.sanad.curriculum.programme.CertificateKind;
import org.sanad.curriculum.programme.Programme;
import org.sanad.curriculum.programme.ProgrammeVersion;
import org.sanad.curriculum.programme.api.ProgrammeSummary;
import org.sanad.curriculum.standards.service.StandardsQueries;
import org.sanad.curriculum.versioning.VersionQueries;
import org.sanad.curriculum.versioning.VersionStatus;
import org.sanad.curriculum.versioning.Visibility;

/**
 * Every read of programmes and their versions. A search finds versions by their own fields or by what
 * their modules are: track, domain, language, and the provisions and instruments their objectives carry.
 */
@Singleton
public class ProgrammeQueries extends VersionQueries<Programme, ProgrammeVersion> {

    public record Criteria(String text, VersionStatus status, String module, Track track, String domain,
            String language, String provision, String instrument) {
    }

    /** Opens an EXISTS over the module versions of the programme version {@code pv}; callers close it. */
    private static final String HAS_MODULE = """
            EXISTS (SELECT 1 FROM programme_module pm JOIN module_version mv ON mv.id = pm.module_version_id
                    WHERE pm.programme_version_id = pv.id""";

    /** Opens an EXISTS over the provisions the programme's objectives carry; callers close it. */
    private static final String CARRIES = """
            EXISTS (SELECT 1 FROM programme_module pm JOIN objective o ON o.module_version_id = pm.module_version_id
                    JOIN alignment a ON a.objective_id = o.id
                    WHERE pm.programme_version_id = pv.id""";

    private final Visibility visibility;
    private final StandardsQueries standards;

    public ProgrammeQueries(EntityManager em, Visibility visibility, StandardsQueries standards) {
        super(em, Programme.class, ProgrammeVersion.class, "programme");
        this.visibility = visibility;
        this.standards = standards;
    }

    /** The standards the objectives of the version's modules carry, by instrument and position. */
    public List<CoveredStandard> standardsCovered(ProgrammeVersion version) {
        return Row.all(em.createNativeQuery("""
                        SELECT DISTINCT p.code, i.code AS instrument, p.short_title, p.position
                        FROM programme_module pm
                        JOIN objective o ON o.module_version_id = pm.module_version_id
                        JOIN alignment a ON a.objective_id = o.id
                        JOIN provision p ON p.id = a.provision_id
                        JOIN instrument i ON i.id = p.instrument_id
                        WHERE pm.programme_version_id = :version
                        ORDER BY instrument, p.position""", Tuple.class)
                        .setParameter("version", version.id))
                .stream().map(row -> new CoveredStandard(row.string("code"), row.string("instrument"),
                        row.string("short_title")))
                .toList();
    }

    public Page<ProgrammeSummary> search(Criteria criteria, int size, String cursor) {
        Set<VersionStatus> statuses = visibility.searchable(criteria.status());
        if (statuses.isEmpty()) {
            return Page.empty();
        }
        KeysetQuery query = new KeysetQuery("""
                SELECT pr.code, pv.number, pv.status, pv.title, pv.audience, pv.certificate_kind, pv.published_at
                FROM programme_version pv JOIN programme pr ON pr.id = pv.programme_id
                WHERE true""")
                .and("pv.status = ANY(CAST(:statuses AS varchar[]))", "statuses",
                        statuses.stream().map(Enum::name).toArray(String[]::new));
        if (criteria.text() != null && !criteria.text().isBlank()) {
            query.and("(pv.search_text @@ websearch_to_tsquery('simple', :text)"
                    + " OR pv.programme_id = (SELECT id FROM programme WHERE code = upper(:text)))", "text", criteria.text().strip());
        }
        if (criteria.module() != null) {
            query.and(HAS_MODULE + " AND mv.module_id = (SELECT id FROM module WHERE code = :module))", "module", criteria.module());
        }
        if (criteria.track() != null) {
            query.and(HAS_MODULE + " AND mv.track = :track)", "track", criteria.track().name());
        }
        if (criteria.domain() != null) {
            query.and(HAS_MODULE + " AND mv.domain_code = :domain)", "domain", criteria.domain());
        }
        if (criteria.language() != null) {
            query.and(HAS_MODULE + " AND mv.languages @> ARRAY[CAST(:language AS varchar)])", "language", criteria.language());
        }
        if (!standards.restrictToCarriers(query, CARRIES, criteria.provision(), criteria.instrument())) {
            return Page.empty();
        }
        return pageByCodeAndNumber(query, "pr.code", "pv.number", cursor, size, row -> new ProgrammeSummary(
                        row.string("code"), row.intValue("number"), row.enumValue("status", VersionStatus.class),
                        row.string("title"), row.string("audience"), row.enumValue("certificate_kind", CertificateKind.class),
                        row.timestamp("published_at")));
    }
}
