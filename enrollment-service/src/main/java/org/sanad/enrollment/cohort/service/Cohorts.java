package org.sanad.enrollment.cohort.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.KeysetQuery;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;
import org.sanad.common.sql.NativeRows;
import org.sanad.common.web.ETags;
import org.sanad.common.web.Revisioned;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.CohortModule;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.cohort.CohortStatusChanged;
import org.sanad.enrollment.cohort.api.CohortRequest;
import org.sanad.enrollment.cohort.api.CohortRequest.Logistics;
import org.sanad.enrollment.cohort.api.CohortSummary;
import org.sanad.enrollment.cohort.api.CohortView;
import org.sanad.enrollment.cohort.client.ProgrammeCatalog;
import org.sanad.enrollment.cohort.client.ProgrammeSnapshot;
import org.sanad.enrollment.participant.service.Participants;
import org.sanad.enrollment.sync.Tombstone;

/** Opens cohorts on a published programme version, changes their logistics and moves them along. */
@ApplicationScoped
@Transactional
public class Cohorts {

    private static final String SUMMARY = "SELECT c.id, c.code, c.programme_code, c.programme_version,"
            + " c.programme_title, c.host_institution, c.partner_institutions, c.location, c.start_date, c.end_date,"
            + " c.capacity, c.seats_taken, c.language, c.status FROM cohort c WHERE TRUE";

    private final ProgrammeCatalog catalog;
    private final Event<CohortStatusChanged> statusChanges;
    private final Participants participants;

    public Cohorts(ProgrammeCatalog catalog, Event<CohortStatusChanged> statusChanges, Participants participants) {
        this.catalog = catalog;
        this.statusChanges = statusChanges;
        this.participants = participants;
    }

    /**
     * Checks the request, fetches the programme version from curriculum-service, then writes the cohort
     * in a transaction of its own: no database transaction stays open across the remote call.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Revisioned<CohortView> create(CohortRequest request, Caller caller) {
        String host = CohortScope.of(caller).institutionFor(request.hostInstitution(), "hostInstitution", "opens cohorts");
        Logistics logistics = request.logistics();
        if (logistics == null) {
            throw ProblemException.unprocessable("A cohort needs its logistics",
                    List.of(new FieldViolation("logistics", "must not be null")));
        }
        checkLogistics(logistics, caller);
        if (Cohort.count("code", request.code()) > 0) {
            throw ProblemException.conflict("Cohort code " + request.code() + " is taken");
        }
        ProgrammeSnapshot snapshot = catalog.publishedVersion(request.programme().code(), request.programme().version());
        return QuarkusTransaction.requiringNew().call(() -> persist(request, host, snapshot));
    }

    private Revisioned<CohortView> persist(CohortRequest request, String host, ProgrammeSnapshot snapshot) {
        Logistics logistics = request.logistics();
        Cohort cohort = new Cohort();
        cohort.code = request.code();
        cohort.programmeCode = snapshot.code();
        cohort.programmeVersion = snapshot.version();
        cohort.programmeTitle = snapshot.title();
        cohort.minAttendancePercent = snapshot.completion().minAttendancePercent();
        cohort.minOverallScore = snapshot.completion().minOverallScore();
        cohort.certificateKind = snapshot.certificate().kind();
        cohort.certificateValidityMonths = snapshot.certificate().validityMonths();
        cohort.programmeSnapshot = snapshot.raw();
        cohort.hostInstitution = host;
        cohort.status = CohortStatus.PLANNED;
        for (ProgrammeSnapshot.Module module : snapshot.modules()) {
            CohortModule pinned = new CohortModule();
            pinned.position = module.position();
            pinned.moduleCode = module.code();
            pinned.moduleVersion = module.version();
            pinned.title = module.title();
            pinned.durationHours = module.durationHours();
            pinned.minScore = module.minScore();
            cohort.modules.add(pinned);
        }
        apply(cohort, logistics);
        cohort.persist();
        cohort.createdAt = OffsetDateTime.now();
        return view(cohort);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revisioned<CohortView> read(long id, CohortScope scope) {
        return view(visible(id, scope));
    }

    public Revisioned<CohortView> update(long id, Logistics logistics, String ifMatch, CohortScope scope) {
        Cohort cohort = managed(id, scope);
        ETags.requireMatch(ifMatch, cohort.revision);
        if (cohort.status == CohortStatus.CLOSED || cohort.status == CohortStatus.CANCELLED) {
            throw ProblemException.conflict("Cohort " + cohort.code + " is " + cohort.status + " and no longer changes");
        }
        checkLogistics(logistics, scope.caller());
        if (logistics.capacity() < cohort.seatsTaken) {
            throw ProblemException.conflict("Capacity " + logistics.capacity() + " is below the " + cohort.seatsTaken
                    + " seats already taken; withdraw enrollments first");
        }
        Set<String> before = new HashSet<>(Arrays.asList(cohort.partnerInstitutions));
        apply(cohort, logistics);
        Set<String> after = new HashSet<>(Arrays.asList(cohort.partnerInstitutions));
        sharingChanged(cohort, before, after);
        Panache.getEntityManager().flush();
        return view(cohort);
    }

    public Revisioned<CohortView> changeStatus(long id, CohortStatus target, String reason, String ifMatch, CohortScope scope) {
        Cohort cohort = managed(id, scope);
        ETags.requireMatch(ifMatch, cohort.revision);
        CohortStatus from = cohort.status;
        if (!from.canMoveTo(target)) {
            throw ProblemException.conflict("Cohort " + cohort.code + " cannot move from " + from + " to " + target
                    + "; from " + from + " it can move to " + from.next());
        }
        cohort.status = target;
        statusChanges.fire(new CohortStatusChanged(cohort, from, target, scope.caller().subject(), reason));
        Panache.getEntityManager().flush();
        return view(cohort);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CohortSummary> list(String code, CohortStatus status, String programme, int size, String cursor, CohortScope scope) {
        KeysetQuery query = new KeysetQuery(SUMMARY);
        scope.restrict(query);
        if (code != null) {
            query.and("c.code = :code", "code", code);
        }
        if (status != null) {
            query.and("c.status = :status", "status", status.name());
        }
        if (programme != null) {
            query.and("c.programme_code = :programme", "programme", programme);
        }
        if (cursor != null) {
            query.and("c.id > :after", "after", Cursor.decode(cursor, 1).longKey(0));
        }
        return Page.fromLookahead(query.page(Panache.getEntityManager(), "c.id", size),
                size, row -> Cursor.of(row[0]), Cohorts::summary);
    }

    /** Summaries of the given cohorts, whoever asks: callers filter by scope first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CohortSummary> summaries(List<Long> ids) {
        KeysetQuery query = new KeysetQuery(SUMMARY).and("c.id = ANY(CAST(:ids AS bigint[]))", "ids", ids.toArray(Long[]::new));
        return query.all(Panache.getEntityManager(), "ORDER BY c.id").stream().map(Cohorts::summary).toList();
    }

    /** The cohort if the caller may see it; 404 otherwise, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cohort visible(long id, CohortScope scope) {
        Cohort cohort = Cohort.findById(id);
        if (cohort == null || !scope.sees(cohort, teaches(cohort, scope.caller()))) {
            throw ProblemException.notFound("Cohort", id);
        }
        return cohort;
    }

    /** The cohort if the caller may manage it: 404 if they may not see it, 403 if they may only read it. */
    public Cohort managed(long id, CohortScope scope) {
        Cohort cohort = visible(id, scope);
        if (!scope.manages(cohort)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the host institution's registrars change cohort " + cohort.code);
        }
        return cohort;
    }

    /** The cohort if the caller may record attendance and results in it: its trainers, registrars and admins. */
    public Cohort recordable(long id, CohortScope scope) {
        Cohort cohort = visible(id, scope);
        if (!scope.records(cohort, teaches(cohort, scope.caller()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the trainers and registrars of cohort " + cohort.code
                    + " record its attendance and results");
        }
        return cohort;
    }

    /** The cohort, locked until the transaction ends: enrollments in one cohort are decided one at a time. */
    public Cohort lockedForSeats(long id) {
        Cohort cohort = Panache.getEntityManager().find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE);
        Panache.getEntityManager().refresh(cohort);
        return cohort;
    }

    private static boolean teaches(Cohort cohort, Caller caller) {
        if (!caller.hasRole(Roles.TRAINER) || cohort.trainerIds.isEmpty()) {
            return false;
        }
        EntityManager em = Panache.getEntityManager();
        return !em.createNativeQuery("SELECT 1 FROM participant WHERE account = :account AND id IN (:ids)")
                .setParameter("account", caller.subject())
                .setParameter("ids", cohort.trainerIds)
                .getResultList().isEmpty();
    }

    /** Checks the logistics hold together; trainers are resolved as the caller, so one it may not read is unknown. */
    private void checkLogistics(Logistics logistics, Caller caller) {
        List<FieldViolation> violations = new ArrayList<>();
        if (logistics.endDate().isBefore(logistics.startDate())) {
            violations.add(new FieldViolation("logistics.endDate", "must not be before startDate"));
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < logistics.sessionDays().size(); i++) {
            var day = logistics.sessionDays().get(i);
            if (day.isBefore(logistics.startDate()) || day.isAfter(logistics.endDate())) {
                violations.add(new FieldViolation("logistics.sessionDays[" + i + "]", "must lie between startDate and endDate"));
            }
            if (!seen.add(day)) {
                violations.add(new FieldViolation("logistics.sessionDays[" + i + "]", "is listed twice"));
            }
        }
        List<Long> trainers = logistics.trainers() == null ? List.of() : logistics.trainers();
        if (!trainers.isEmpty()) {
            Set<Long> known = participants.visibleAmong(trainers, caller);
            for (int i = 0; i < trainers.size(); i++) {
                if (!known.contains(trainers.get(i))) {
                    violations.add(new FieldViolation("logistics.trainers[" + i + "]", "no participant you may see has id " + trainers.get(i)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("The cohort's logistics are not consistent", violations);
        }
    }

    private static void apply(Cohort cohort, Logistics logistics) {
        List<String> partners = logistics.partnerInstitutions() == null ? List.of() : logistics.partnerInstitutions();
        cohort.partnerInstitutions = new LinkedHashSet<>(partners).toArray(String[]::new);
        cohort.location = logistics.location();
        cohort.startDate = logistics.startDate();
        cohort.endDate = logistics.endDate();
        cohort.sessionDays = logistics.sessionDays().stream().sorted().toArray(java.time.LocalDate[]::new);
        cohort.capacity = logistics.capacity();
        cohort.trainerIds.clear();
        if (logistics.trainers() != null) {
            cohort.trainerIds.addAll(logistics.trainers());
        }
        cohort.language = logistics.language();
    }

    /**
     * A partner that loses access gets a tombstone for the cohort; one that gains it must receive
     * the cohort's enrollments even though they changed before its cursor, so they are restamped.
     */
    private static void sharingChanged(Cohort cohort, Set<String> before, Set<String> after) {
        for (String removed : before) {
            if (!after.contains(removed)) {
                Tombstone.cohortFor(cohort.id, removed).persist();
            }
        }
        if (!before.containsAll(after)) {
            Panache.getEntityManager().createNativeQuery("UPDATE enrollment SET updated_at = updated_at WHERE cohort_id = :id")
                    .setParameter("id", cohort.id).executeUpdate();
        }
    }

    private static Revisioned<CohortView> view(Cohort cohort) {
        var modules = cohort.modules.stream().map(m -> new CohortView.PinnedModule(m.position, m.moduleCode,
                m.moduleVersion, m.title, m.durationHours, m.minScore)).toList();
        return new Revisioned<>(new CohortView(cohort.id, cohort.code,
                new CohortView.PinnedProgramme(cohort.programmeCode, cohort.programmeVersion, cohort.programmeTitle),
                modules,
                new CohortView.Rules(cohort.minAttendancePercent, cohort.minOverallScore, cohort.certificateKind,
                        cohort.certificateValidityMonths),
                cohort.hostInstitution, List.of(cohort.partnerInstitutions), cohort.location, cohort.startDate,
                cohort.endDate, List.of(cohort.sessionDays), cohort.capacity, cohort.seatsTaken,
                List.copyOf(cohort.trainerIds), cohort.language, cohort.status, cohort.createdAt), cohort.revision);
    }

    private static CohortSummary summary(Object[] row) {
        return new CohortSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                ((Number) row[3]).intValue(), (String) row[4], (String) row[5], NativeRows.strings(row[6]),
                (String) row[7], NativeRows.date(row[8]), NativeRows.date(row[9]), ((Number) row[10]).intValue(),
                ((Number) row[11]).intValue(), (String) row[12], CohortStatus.valueOf((String) row[13]));
    }
}
