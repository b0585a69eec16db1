package org.sanad.enrollment.participant.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;
import org.sanad.common.web.ETags;
import org.sanad.common.web.Revisioned;
import org.sanad.enrollment.access.CohortScope;
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

    private final ParticipantQueries queries;

    public Participants(ParticipantQueries queries) {
        this.queries = queries;
    }

    public Revisioned<ParticipantView> create(ParticipantRequest request, Caller caller) {
        String institution = CohortScope.of(caller).institutionFor(request.institution(), "institution",
                "registers participants");
        if (queries.registered(new ServiceNumber(institution, request.serviceNumber()))) {
            throw ProblemException.conflict("Service number " + request.serviceNumber() + " of " + institution
                    + " is already registered");
        }
        Participant participant = fromRequest(request, institution);
        participant.persist();
        return view(participant, caller);
    }

    public Revisioned<ParticipantView> update(long id, ParticipantRequest request, String ifMatch, Caller caller) {
        Participant participant = queries.find(id);
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
        queries.flush();
        return view(participant, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revisioned<ParticipantView> read(long id, Caller caller) {
        Participant participant = queries.find(id);
        if (participant == null || !visible(id, caller)) {
            throw ProblemException.notFound("Participant", id);
        }
        return view(participant, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParticipantView> list(String institution, String serviceNumber, int size, String cursor, Caller caller) {
        return queries.page(institution, serviceNumber, size, cursor, caller);
    }

    /** Whether the participant exists and the caller may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean visible(long id, Caller caller) {
        return queries.visible(id, caller);
    }

    /**
     * Those of the ids that name participants the caller may see. A write that references participants
     * resolves them with this, so one the caller may not read answers exactly as an unknown id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> visibleAmong(Collection<Long> ids, Caller caller) {
        return ids.isEmpty() ? Set.of() : queries.visibleAmong(ids, caller);
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
}
