package org.sanad.enrollment.cohort.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;
import org.sanad.common.web.ETags;
import org.sanad.common.web.Revisioned;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.CohortModule;
import org.sanad.enrollment.cohort.CohortStatus;
import org.sanad.enrollment.cohort.api.CohortRequest;
import org.sanad.enrollment.cohort.api.CohortRequest.Logistics;
import org.sanad.enrollment.cohort.api.CohortSummary;
import org.sanad.enrollment.cohort.api.CohortView;
import org.sanad.enrollment.cohort.client.ProgrammeCatalog;
import org.sanad.enrollment.cohort.client.ProgrammeSnapshot;
import org.sanad.enrollment.participant.service.Participants;
import org.sanad.enrollment.sync.Tombstone;

/**
 * Opens cohorts on a published programme version, changes their logistics, and answers who may see,
 * manage and record in each. What a change of status does is {@code CohortLifecycle}'s.
 */
@ApplicationScoped
@Transactional
public class Cohorts {

    private final CohortQueries queries;
    private final ProgrammeCatalog catalog;
    private final Participants participants;

    public Cohorts(CohortQueries queries, ProgrammeCatalog catalog, Participants participants) {
        this.queries = queries;
        this.catalog = catalog;
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
        if (queries.codeTaken(request.code())) {
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
        return saved(cohort);
    }

    /** The cohort as it now stands, its changes written so the revision is the database's. */
    public Revisioned<CohortView> saved(Cohort cohort) {
        queries.flush();
        return view(cohort);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CohortSummary> list(String code, CohortStatus status, String programme, int size, String cursor, CohortScope scope) {
        return queries.page(code, status, programme, size, cursor, scope);
    }

    /** The cohort if the caller may see it; 404 otherwise, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cohort visible(long id, CohortScope scope) {
        Cohort cohort = queries.find(id);
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
        return queries.locked(id);
    }

    private boolean teaches(Cohort cohort, Caller caller) {
        return caller.hasRole(Roles.TRAINER) && queries.anyIsAccount(cohort.trainerIds, caller.subject());
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
    private void sharingChanged(Cohort cohort, Set<String> before, Set<String> after) {
        for (String removed : before) {
            if (!after.contains(removed)) {
                Tombstone.cohortFor(cohort.id, removed).persist();
            }
        }
        if (!before.containsAll(after)) {
            queries.restampEnrollments(cohort.id);
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
}
