package org.sanad.curriculum.standards.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.common.sql.Row;
import org.sanad.curriculum.standards.Instrument;
import org.sanad.curriculum.standards.InstrumentKind;
import org.sanad.curriculum.standards.OperationalDomain;
import org.sanad.curriculum.standards.Provision;
import org.sanad.curriculum.standards.StandardsProfile;

/** Every read of the standards catalog: instruments, their provisions, profiles and operational domains. */
@ApplicationScoped
public class StandardsQueries {

    private final EntityManager em;

    public StandardsQueries(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} instruments after the code, optionally of one kind, in code order. */
    public List<Instrument> instruments(InstrumentKind kind, String afterCode, int limit) {
        var query = em.createQuery(kind == null
                ? "FROM Instrument WHERE code > :after ORDER BY code"
                : "FROM Instrument WHERE kind = :kind AND code > :after ORDER BY code", Instrument.class)
                .setParameter("after", afterCode);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.setMaxResults(limit).getResultList();
    }

    public Optional<Instrument> instrument(String code) {
        return em.createQuery("FROM Instrument WHERE code = :code", Instrument.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<Provision> provisionsOf(Instrument instrument) {
        return em.createQuery("FROM Provision WHERE instrument = :instrument ORDER BY position", Provision.class)
                .setParameter("instrument", instrument).getResultList();
    }

    public Optional<Provision> provision(String code) {
        return em.createQuery("FROM Provision p JOIN FETCH p.instrument WHERE p.code = :code", Provision.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<Provision> provisions(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : em.createQuery("FROM Provision p JOIN FETCH p.instrument WHERE p.code IN :codes", Provision.class)
                        .setParameter("codes", codes).getResultList();
    }

    public boolean numberTaken(Instrument instrument, String number) {
        return !em.createQuery("SELECT 1 FROM Provision WHERE instrument = :instrument AND number = :number", Integer.class)
                .setParameter("instrument", instrument).setParameter("number", number)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public int provisionCount(Instrument instrument) {
        return em.createQuery("SELECT count(*) FROM Provision WHERE instrument = :instrument", Long.class)
                .setParameter("instrument", instrument).getSingleResult().intValue();
    }

    /**
     * Narrows a search to what carries a provision, and to what carries some provision of an
     * instrument, each when asked for. {@code carrying} opens an EXISTS over the alignments of one
     * row found, leaving {@code a} for the alignment. The search filters on the ids of the provisions
     * some objective carries, so the planner sees which are meant; none, and nothing can match.
     *
     * @return false when nothing can match, so the search can answer an empty page without running
     */
    public boolean restrictToCarriers(KeysetQuery query, String carrying, String provisionCode, String instrumentCode) {
        if (provisionCode != null) {
            Long[] ids = carriedProvisionIds(provisionCode, null);
            if (ids.length == 0) {
                return false;
            }
            query.and(carrying + " AND a.provision_id = ANY(CAST(:provisionIds AS bigint[])))", "provisionIds", ids);
        }
        if (instrumentCode != null) {
            Long[] ids = carriedProvisionIds(null, instrumentCode);
            if (ids.length == 0) {
                return false;
            }
            query.and(carrying + " AND a.provision_id = ANY(CAST(:instrumentIds AS bigint[])))", "instrumentIds", ids);
        }
        return true;
    }

    /** The ids of the provision, or of the instrument's provisions, that some objective carries. */
    private Long[] carriedProvisionIds(String provisionCode, String instrumentCode) {
        String scope = provisionCode != null
                ? "p.code = :code"
                : "p.instrument_id = (SELECT id FROM instrument WHERE code = :code)";
        return Row.all(em.createNativeQuery("SELECT p.id FROM provision p WHERE " + scope
                        + " AND EXISTS (SELECT 1 FROM alignment a WHERE a.provision_id = p.id)", Tuple.class)
                        .setParameter("code", provisionCode != null ? provisionCode : instrumentCode))
                .stream().map(row -> row.longValue("id")).toArray(Long[]::new);
    }

    public List<StandardsProfile> profiles() {
        return em.createQuery("FROM StandardsProfile ORDER BY code", StandardsProfile.class).getResultList();
    }

    public Optional<StandardsProfile> profile(String code) {
        return em.createQuery("FROM StandardsProfile WHERE code = :code", StandardsProfile.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<OperationalDomain> domains() {
        return em.createQuery("FROM OperationalDomain ORDER BY code", OperationalDomain.class).getResultList();
    }

    public Optional<OperationalDomain> domain(String code) {
        return Optional.ofNullable(em.find(OperationalDomain.class, code));
    }
}
