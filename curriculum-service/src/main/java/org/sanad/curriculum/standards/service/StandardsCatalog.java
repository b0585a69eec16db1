package org.sanad.curriculum.standards.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.paging.KeysetQuery;
import org.sanad.curriculum.standards.Instrument;
import org.sanad.curriculum.standards.InstrumentKind;
import org.sanad.curriculum.standards.OperationalDomain;
import org.sanad.curriculum.standards.Provision;
import org.sanad.curriculum.standards.StandardsProfile;
import org.sanad.curriculum.standards.api.DomainView;
import org.sanad.curriculum.standards.api.InstrumentView;
import org.sanad.curriculum.standards.api.NewInstrument;
import org.sanad.curriculum.standards.api.NewProfile;
import org.sanad.curriculum.standards.api.NewProvision;
import org.sanad.curriculum.standards.api.ProfileView;
import org.sanad.curriculum.standards.api.ProvisionView;

/** Reads and extends the standards catalog. Codes are stable identifiers: once taken, never reused. */
@ApplicationScoped
@Transactional
public class StandardsCatalog {

    private final EntityManager em;

    public StandardsCatalog(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentView> instruments(InstrumentKind kind, int size, String cursor) {
        String after = cursor == null ? "" : Cursor.decode(cursor, 1).key(0);
        List<Instrument> rows = kind == null
                ? Instrument.find("code > ?1 order by code", after).page(0, size + 1).list()
                : Instrument.find("kind = ?1 and code > ?2 order by code", kind, after).page(0, size + 1).list();
        return Page.fromLookahead(rows, size, row -> Cursor.of(row.code), row -> StandardsViews.instrument(row, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentView instrument(String code) {
        Instrument instrument = Instrument.findByCode(code).orElseThrow(() -> ProblemException.notFound("Instrument", code));
        List<ProvisionView> provisions = Provision.ofInstrument(instrument).stream().map(StandardsViews::provision).toList();
        return StandardsViews.instrument(instrument, provisions);
    }

    public InstrumentView addInstrument(NewInstrument request) {
        if (Instrument.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("Instrument " + request.code() + " already exists");
        }
        Instrument instrument = new Instrument();
        instrument.code = request.code();
        instrument.title = request.title().strip();
        instrument.kind = request.kind();
        instrument.adoptingBody = request.adoptingBody().strip();
        instrument.year = request.year();
        instrument.url = request.url();
        instrument.persist();
        return StandardsViews.instrument(instrument, List.of());
    }

    public ProvisionView addProvision(String instrumentCode, NewProvision request) {
        Instrument instrument = Instrument.findByCode(instrumentCode)
                .orElseThrow(() -> ProblemException.notFound("Instrument", instrumentCode));
        if (!request.code().startsWith(instrument.code + "-")) {
            throw ProblemException.unprocessable("A provision's code starts with its instrument's code",
                    List.of(new FieldViolation("code", "must start with " + instrument.code + "-")));
        }
        if (Provision.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("Provision " + request.code() + " already exists");
        }
        if (Provision.count("instrument = ?1 and number = ?2", instrument, request.number()) > 0) {
            throw ProblemException.conflict(instrument.code + " already has a provision numbered " + request.number());
        }
        Provision provision = new Provision();
        provision.instrument = instrument;
        provision.code = request.code();
        provision.number = request.number().strip();
        provision.shortTitle = request.shortTitle().strip();
        provision.summary = request.summary().strip();
        provision.url = request.url() != null ? request.url() : instrument.url;
        provision.position = (int) Provision.count("instrument", instrument) + 1;
        provision.persist();
        return StandardsViews.provision(provision);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProvisionView provision(String code) {
        return Provision.findByCode(code).map(StandardsViews::provision).orElseThrow(() -> ProblemException.notFound("Provision", code));
    }

    /**
     * Resolves provision codes in one query, refusing the request with every unknown code listed.
     *
     * @param fieldOf names the request field that carried the i-th code, for the error report
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Provision> resolve(List<String> codes, Function<Integer, String> fieldOf) {
        Map<String, Provision> found = Provision.findByCodes(new LinkedHashSet<>(codes)).stream()
                .collect(Collectors.toMap(p -> p.code, Function.identity()));
        List<FieldViolation> unknown = IntStream.range(0, codes.size())
                .filter(i -> !found.containsKey(codes.get(i)))
                .mapToObj(i -> new FieldViolation(fieldOf.apply(i), "unknown provision " + codes.get(i)))
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("Some provisions are not in the catalog", unknown);
        }
        return found;
    }

    /**
     * The ids behind a search filter on a provision or an instrument code, keeping only provisions
     * some objective carries: empty when the code is unknown or nothing teaches it, so a search can
     * answer at once instead of walking every version to find no match. Searches filter on these ids
     * so the planner sees which provisions are meant.
     */
    /**
     * Narrows a search to what carries a provision, and to what carries some provision of an
     * instrument, each when asked for. {@code carrying} opens an EXISTS over the alignments of one
     * row found, leaving {@code a} for the alignment.
     *
     * @return false when nothing can match, so the search can answer an empty page without running
     */
    @Transactional(Transactional.TxType.SUPPORTS)
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

    @SuppressWarnings("unchecked")
    private Long[] carriedProvisionIds(String provisionCode, String instrumentCode) {
        String scope = provisionCode != null
                ? "p.code = :code"
                : "p.instrument_id = (SELECT id FROM instrument WHERE code = :code)";
        List<Number> ids = em.createNativeQuery("SELECT p.id FROM provision p WHERE " + scope
                        + " AND EXISTS (SELECT 1 FROM alignment a WHERE a.provision_id = p.id)")
                .setParameter("code", provisionCode != null ? provisionCode : instrumentCode)
                .getResultList();
        return ids.stream().map(Number::longValue).toArray(Long[]::new);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProfileView> profiles() {
        return StandardsProfile.<StandardsProfile>list("order by code").stream().map(StandardsViews::profile).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView profile(String code) {
        return StandardsProfile.findByCode(code).map(StandardsViews::profile)
                .orElseThrow(() -> ProblemException.notFound("Standards profile", code));
    }

    public ProfileView addProfile(NewProfile request) {
        if (StandardsProfile.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("Standards profile " + request.code() + " already exists");
        }
        List<String> codes = request.provisions();
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            throw ProblemException.unprocessable("A profile lists each provision once",
                    List.of(new FieldViolation("provisions", "contains duplicates")));
        }
        Map<String, Provision> provisions = resolve(codes, i -> "provisions[" + i + "]");
        StandardsProfile profile = new StandardsProfile();
        profile.code = request.code();
        profile.title = request.title().strip();
        profile.description = request.description() == null ? "" : request.description().strip();
        profile.provisions = new ArrayList<>(codes.stream().map(provisions::get).toList());
        profile.persist();
        return StandardsViews.profile(profile);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DomainView> domains() {
        return OperationalDomain.<OperationalDomain>list("order by code").stream().map(StandardsViews::domain).toList();
    }

    public DomainView addDomain(DomainView request) {
        if (OperationalDomain.findById(request.code()) != null) {
            throw ProblemException.conflict("Operational domain " + request.code() + " already exists");
        }
        OperationalDomain domain = new OperationalDomain();
        domain.code = request.code();
        domain.title = request.title().strip();
        domain.persist();
        return StandardsViews.domain(domain);
    }
}
