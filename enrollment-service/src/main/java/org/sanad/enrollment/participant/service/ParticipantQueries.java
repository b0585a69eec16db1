package org.sanad.enrollment.participant.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.common.sql.Row;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.participant.Gender;
import org.sanad.enrollment.participant.Participant;
import org.sanad.enrollment.participant.api.ParticipantView;

/**
 * Every read of participants, each restricted to those the caller may see: a registrar its
 * institution's officers and those enrolled in its cohorts, a partner or trainer those enrolled in
 * (or teaching) cohorts they see, anyone themselves.
 */
@ApplicationScoped
public class ParticipantQueries {

    private static final String VIEWS = "SELECT p.id, p.given_name, p.family_name, p.institution, p.service_number,"
            + " p.rank, p.gender, p.email, p.account FROM participant p WHERE TRUE";
    private static final String IDS = "SELECT p.id FROM participant p WHERE TRUE";

    private final EntityManager em;

    public ParticipantQueries(EntityManager em) {
        this.em = em;
    }

    public Participant find(long id) {
        return em.find(Participant.class, id);
    }

    public List<Participant> all(Collection<Long> ids) {
        return em.createQuery("FROM Participant WHERE id IN :ids", Participant.class).setParameter("ids", ids)
                .getResultList();
    }

    public boolean registered(ServiceNumber number) {
        return !em.createQuery("SELECT 1 FROM Participant WHERE institution = :institution AND serviceNumber = :number",
                        Integer.class)
                .setParameter("institution", number.institution()).setParameter("number", number.number())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The ids of those of the service numbers that are registered, in one query. */
    public Map<ServiceNumber, Long> registeredAmong(List<ServiceNumber> numbers) {
        Map<ServiceNumber, Long> known = new HashMap<>();
        Row.all(em.createNativeQuery("SELECT p.id, p.institution, p.service_number FROM participant p"
                        + " JOIN unnest(CAST(:institutions AS varchar[]), CAST(:numbers AS varchar[]))"
                        + " AS f(institution, service_number) USING (institution, service_number)", Tuple.class)
                .setParameter("institutions", numbers.stream().map(ServiceNumber::institution).toArray(String[]::new))
                .setParameter("numbers", numbers.stream().map(ServiceNumber::number).toArray(String[]::new)))
                .forEach(row -> known.put(new ServiceNumber(row.string("institution"), row.string("service_number")),
                        row.longValue("id")));
        return known;
    }

    public Page<ParticipantView> page(String institution, String serviceNumber, int size, String cursor, Caller caller) {
        KeysetQuery query = visibleTo(new KeysetQuery(VIEWS), caller);
        if (institution != null) {
            query.and("p.institution = :institution", "institution", institution);
        }
        if (serviceNumber != null) {
            query.and("p.service_number = :serviceNumber", "serviceNumber", serviceNumber);
        }
        if (cursor != null) {
            query.and("p.id > :after", "after", Cursor.decode(cursor, 1).longKey(0));
        }
        return Page.fromLookahead(query.page(em, "p.id", size), size, row -> Cursor.of(row.longValue("id")),
                row -> PersonalData.forCaller(view(row), caller));
    }

    /** Whether the participant exists and the caller may see them. */
    public boolean visible(long id, Caller caller) {
        return !visibleTo(new KeysetQuery(IDS).and("p.id = :id", "id", id), caller).page(em, "p.id", 1).isEmpty();
    }

    /** Those of the ids that name participants the caller may see. */
    public Set<Long> visibleAmong(Collection<Long> ids, Caller caller) {
        Set<Long> visible = new HashSet<>();
        visibleTo(new KeysetQuery(IDS).and("p.id = ANY(CAST(:ids AS bigint[]))", "ids", ids.toArray(Long[]::new)), caller)
                .all(em, "").forEach(row -> visible.add(row.longValue("id")));
        return visible;
    }

    /** Restricts a query over {@code participant p} to those the caller may see. */
    private static KeysetQuery visibleTo(KeysetQuery query, Caller caller) {
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

    /** Writes pending changes now, so the answer carries the revision the database gave them. */
    public void flush() {
        em.flush();
    }

    private static ParticipantView view(Row row) {
        return new ParticipantView(row.longValue("id"), row.string("given_name"), row.string("family_name"),
                row.string("institution"), row.string("service_number"), row.string("rank"),
                row.enumValue("gender", Gender.class), row.string("email"), row.string("account"));
    }
}
