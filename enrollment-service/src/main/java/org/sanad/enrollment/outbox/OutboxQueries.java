package org.sanad.enrollment.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sanad.common.sql.Row;

/** Every read and write of the completion outbox that is more than one event's fields. */
@ApplicationScoped
public class OutboxQueries {

    private final EntityManager em;

    public OutboxQueries(EntityManager em) {
        this.em = em;
    }

    /** An event this instance holds the lease on, for the attempt it counted. */
    public record Claim(UUID id, String payload, int attempt) {
    }

    /** How the outbox stands; see {@link OutboxHealth}. */
    public record State(long pending, long parked, double oldestAgeSeconds, String lastError) {
    }

    /**
     * Claims up to {@code limit} due events, skipping those another instance holds: counts the attempt
     * and moves each event's next attempt a lease ahead.
     */
    public List<Claim> claim(int limit, Duration lease) {
        return Row.all(em.createNativeQuery("""
                        UPDATE outbox_event SET attempts = attempts + 1, next_attempt_at = now() + :lease * interval '1 millisecond'
                        WHERE id IN (SELECT id FROM outbox_event
                                     WHERE delivered_at IS NULL AND parked_at IS NULL AND next_attempt_at <= now()
                                     ORDER BY next_attempt_at, created_at LIMIT :n FOR UPDATE SKIP LOCKED)
                        RETURNING id, CAST(payload AS text) AS payload, attempts""", Tuple.class)
                        .setParameter("lease", lease.toMillis())
                        .setParameter("n", limit))
                .stream().map(row -> new Claim(row.uuid("id"), row.string("payload"), row.intValue("attempts"))).toList();
    }

    /** Records one result, unless another instance has claimed the event again since (its attempt is newer). */
    public void recordFenced(Claim claim, String assignments, Map<String, Object> parameters) {
        Query update = em.createNativeQuery("UPDATE outbox_event SET " + assignments
                        + " WHERE id = :id AND attempts = :attempt AND delivered_at IS NULL")
                .setParameter("id", claim.id()).setParameter("attempt", claim.attempt());
        parameters.forEach(update::setParameter);
        update.executeUpdate();
    }

    public State state() {
        Row row = Row.single(em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE parked_at IS NULL) AS pending,
                       count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked,
                       COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0) AS oldest,
                       (SELECT last_error FROM outbox_event WHERE delivered_at IS NULL AND last_error IS NOT NULL
                        ORDER BY next_attempt_at DESC LIMIT 1) AS last_error
                FROM outbox_event WHERE delivered_at IS NULL""", Tuple.class));
        return new State(row.longValue("pending"), row.longValue("parked"), row.doubleValue("oldest"),
                row.string("last_error"));
    }

    public OutboxEvent find(UUID id, LockModeType lock) {
        return em.find(OutboxEvent.class, id, lock);
    }

    /** Up to {@code limit} parked events, parked longest ago first, after the given (parked at, id) if any. */
    public List<OutboxEvent> parked(OffsetDateTime afterParkedAt, UUID afterId, int limit) {
        var query = em.createQuery(afterParkedAt == null
                ? "FROM OutboxEvent WHERE parkedAt IS NOT NULL ORDER BY parkedAt, id"
                : "FROM OutboxEvent WHERE parkedAt IS NOT NULL AND (parkedAt > :at OR (parkedAt = :at AND id > :id))"
                        + " ORDER BY parkedAt, id", OutboxEvent.class);
        if (afterParkedAt != null) {
            query.setParameter("at", afterParkedAt).setParameter("id", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
