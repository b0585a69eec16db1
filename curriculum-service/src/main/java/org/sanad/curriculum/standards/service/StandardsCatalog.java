package org.sanad.curriculum.standards.service;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final StandardsQueries queries;

    public StandardsCatalog(StandardsQueries queries) {
        this.queries = queries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentView> instruments(InstrumentKind kind, int size, String cursor) {
        String after = cursor == null ? "" : Cursor.decode(cursor, 1).key(0);
        List<Instrument> rows = queries.instruments(kind, after, size + 1);
        return Page.fromLookahead(rows, size, row -> Cursor.of(row.code), row -> StandardsViews.instrument(row, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentView instrument(String code) {
        Instrument instrument = queries.instrument(code).orElseThrow(() -> ProblemException.notFound("Instrument", code));
        List<ProvisionView> provisions = queries.provisionsOf(instrument).stream().map(StandardsViews::provision).toList();
        return StandardsViews.instrument(instrument, provisions);
    }

    public InstrumentView addInstrument(NewInstrument request) {
        if (queries.instrument(request.code()).isPresent()) {
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
        Instrument instrument = queries.instrument(instrumentCode)
                .orElseThrow(() -> ProblemException.notFound("Instrument", instrumentCode));
        if (!request.code().startsWith(instrument.code + "-")) {
            throw ProblemException.unprocessable("A provision's code starts with its instrument's code",
                    List.of(new FieldViolation("code", "must start with " + instrument.code + "-")));
        }
        if (queries.provision(request.code()).isPresent()) {
            throw ProblemException.conflict("Provision " + request.code() + " already exists");
        }
        if (queries.numberTaken(instrument, request.number())) {
            throw ProblemException.conflict(instrument.code + " already has a provision numbered " + request.number());
        }
        Provision provision = new Provision();
        provision.instrument = instrument;
        provision.code = request.code();
        provision.number = request.number().strip();
        provision.shortTitle = request.shortTitle().strip();
        provision.summary = request.summary().strip();
        provision.url = request.url() != null ? request.url() : instrument.url;
        provision.position = queries.provisionCount(instrument) + 1;
        provision.persist();
        return StandardsViews.provision(provision);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProvisionView provision(String code) {
        return queries.provision(code).map(StandardsViews::provision).orElseThrow(() -> ProblemException.notFound("Provision", code));
    }

    /**
     * Resolves provision codes in one query, refusing the request with every unknown code listed.
     *
     * @param fieldOf names the request field that carried the i-th code, for the error report
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Provision> resolve(List<String> codes, Function<Integer, String> fieldOf) {
        Map<String, Provision> found = queries.provisions(new LinkedHashSet<>(codes)).stream()
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProfileView> profiles() {
        return queries.profiles().stream().map(StandardsViews::profile).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView profile(String code) {
        return queries.profile(code).map(StandardsViews::profile)
                .orElseThrow(() -> ProblemException.notFound("Standards profile", code));
    }

    public ProfileView addProfile(NewProfile request) {
        if (queries.profile(request.code()).isPresent()) {
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
        return queries.domains().stream().map(StandardsViews::domain).toList();
    }

    public DomainView addDomain(DomainView request) {
        if (queries.domain(request.code()).isPresent()) {
            throw ProblemException.conflict("Operational domain " + request.code() + " already exists");
        }
        OperationalDomain domain = new OperationalDomain();
        domain.code = request.code();
        domain.title = request.title().strip();
        domain.persist();
        return StandardsViews.domain(domain);
    }
}
