package org.sanad.enrollment.participant.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.KeysetQuery;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;
import org.sanad.common.web.ETags;
import org.sanad.common.web.Revisioned;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.participant.Gender;
import org.sanad.enrollment.participant.Participant;
import org.sanad.enrollment.participant.api.ParticipantRequest;
import org.sanad.enrollment.participant.api.ParticipantView;

/**
 * Registers participants and answers who may see whom: a registrar its institution's officers and
 * those enrolled in its cohorts, a partner or trainer those enrolled in cohorts they see.
 */
@ApplicationScoped
@Transactional
public class Participants {

    private static final String COLUMNS = "SELECT p.id, p.given_name, p.family_name, p.institution, p.service_number,"
            + " p.rank, p.gender, p.email, p.account FROM participant p WHERE TRUE";

    public Revisioned<ParticipantView> create(ParticipantRequest request, Caller caller) {
        String institution = CohortScope.of(caller).institutionFor(request.institution(), "institution",
                "registers participants");
        if (Participant.count("institution = ?1 and serviceNumber = ?2", institution, request.serviceNumber()) > 0) {
            throw ProblemException.conflict("Service number " + request.serviceNumber() + " of " + institution
                    + " is already registered");
        }
        Participant participant = fromRequest(request, institution);
        participant.persist();
        return view(participant, caller);
    }

    public Revisioned<ParticipantView> update(long id, ParticipantRequest request, String ifMatch, Caller caller) {
        Participant participant = Participant.findById(id);
        if (participant == null || !visible(id, caller)) {
            throw ProblemException.notFound("Participant", id);
        }
        if (!caller.hasRole(Roles.ADMIN) && !caller.institution().filter(participant.institution::equals).isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only registrars of " + participant.institution + " change this participant");
        }
        ETags.requireMatch(ifMatch, participant.revision);
        if (request.institution() != null && !request.institution().equals(participant.institution)) {
            throw ProblemException.conflict("A participant's institution does not change; register them with the new one");
        }
        apply(participant, request);
        Panache.getEntityManager().flush();
        return view(participant, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revisioned<ParticipantView> read(long id, Caller caller) {
        Participant participant = Participant.findById(id);
        if (participant == null || !visible(id, caller)) {
            throw ProblemException.notFound("Participant", id);
        }
        return view(participant, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParticipantView> list(String institution, String serviceNumber, int size, String cursor, Caller caller) {
        KeysetQuery query = restrict(new KeysetQuery(COLUMNS), caller);
        if (institution != null) {
            query.and("p.institution = :institution", "institution", institution);
        }
        if (serviceNumber != null) {
            query.and("p.service_number = :serviceNumber", "serviceNumber", serviceNumber);
        }
        if (cursor != null) {
            query.and("p.id > :after", "after", Cursor.decode(cursor, 1).longKey(0));
        }
        return Page.fromLookahead(query.page(Panache.getEntityManager(), "p.id", size), size,
                row -> Cursor.of(row[0]), row -> PersonalData.forCaller(fromRow(row), caller));
    }

    /** Whether the participant exists and the caller may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean visible(long id, Caller caller) {
        KeysetQuery query = new KeysetQuery("SELECT p.id, 1 FROM participant p WHERE TRUE").and("p.id = :id", "id", id);
        return !restrict(query, caller).page(Panache.getEntityManager(), "p.id", 1).isEmpty();
    }

    /**
     * Those of the ids that name participants the caller may see. A write that references participants
     * resolves them with this, so one the caller may not read answers exactly as an unknown id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> visibleAmong(Collection<Long> ids, Caller caller) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        KeysetQuery query = new KeysetQuery("SELECT p.id, 1 FROM participant p WHERE TRUE")
                .and("p.id = ANY(CAST(:ids AS bigint[]))", "ids", ids.toArray(Long[]::new));
        Set<Long> visible = new HashSet<>();
        restrict(query, caller).all(Panache.getEntityManager(), "")
                .forEach(row -> visible.add(((Number) row[0]).longValue()));
        return visible;
    }

    /** Restricts a query over {@code participant p} to those the caller may see. */
    static KeysetQuery restrict(KeysetQuery query, Caller caller) {
        CohortScope scope = CohortScope.of(caller);
        if (scope.seesAll()) {
            return query;
        }
        CohortScope.Condition cohorts = scope.condition();
        String enrolledInVisible = "EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id"
                + " WHERE e.participant_id = p.id AND " + cohorts.sql() + ")";
        String teachesVisible = "EXISTS (SELECT 1 FROM cohort_trainer ct JOIN cohort c ON c.id = ct.cohort_id"
                + " WHERE ct.participant_id = p.id AND " + cohorts.sql() + ")";
        StringBuilder any = new StringBuilder("(").append(enrolledInVisible).append(" OR ").append(teachesVisible);
        Map<String, Object> parameters = new HashMap<>(cohorts.parameters());
        if (caller.hasRole(Roles.REGISTRAR) && caller.institution().isPresent()) {
            any.append(" OR p.institution = :ownInstitution");
            parameters.put("ownInstitution", caller.institution().get());
        }
        any.append(" OR p.account = :self)");
        parameters.put("self", caller.subject());
        return query.and(any.toString(), parameters);
    }

    /** A new participant of the institution, as the request describes them; not yet persisted. */
    public static Participant fromRequest(ParticipantRequest request, String institution) {
        Participant participant = new Participant();
        participant.institution = institution;
        apply(participant, request);
        return participant;
    }

    private static void apply(Participant participant, ParticipantRequest request) {
        participant.givenName = request.givenName();
        participant.familyName = request.familyName();
        participant.serviceNumber = request.serviceNumber();
        participant.rank = request.rank();
        participant.gender = request.gender();
        participant.email = request.email();
        participant.account = request.account();
    }

    private static Revisioned<ParticipantView> view(Participant p, Caller caller) {
        ParticipantView full = new ParticipantView(p.id, p.givenName, p.familyName, p.institution, p.serviceNumber,
                p.rank, p.gender, p.email, p.account);
        return new Revisioned<>(PersonalData.forCaller(full, caller), p.revision);
    }

    private static ParticipantView fromRow(Object[] row) {
        return new ParticipantView(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], Gender.valueOf((String) row[6]), (String) row[7], (String) row[8]);
    }
}
