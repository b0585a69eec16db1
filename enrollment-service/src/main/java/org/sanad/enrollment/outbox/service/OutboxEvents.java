package org.sanad.enrollment.outbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.ProblemException;
import org.sanad.enrollment.outbox.CompletionEvents;
import org.sanad.enrollment.outbox.OutboxEvent;
import org.sanad.enrollment.outbox.OutboxQueries;
import org.sanad.enrollment.outbox.api.OutboxEventView;
import org.sanad.enrollment.outbox.api.OutboxEventView.Delivery;

/** What an admin does with the outbox: read an event, list the parked ones, replay one once its cause is fixed. */
@ApplicationScoped
public class OutboxEvents {

    private final OutboxQueries queries;
    private final CompletionEvents completions;

    public OutboxEvents(OutboxQueries queries, CompletionEvents completions) {
        this.queries = queries;
        this.completions = completions;
    }

    @Transactional
    public OutboxEventView read(UUID id) {
        return view(find(id, LockModeType.NONE));
    }

    /** Parked events, those parked longest ago first. */
    @Transactional
    public Page<OutboxEventView> parked(int size, String cursor) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor, 2);
        List<OutboxEvent> rows = queries.parked(after == null ? null : after.timeKey(0),
                after == null ? null : after.uuidKey(1), size + 1);
        return Page.fromLookahead(rows, size, event -> Cursor.of(event.parkedAt, event.id), OutboxEvents::view);
    }

    /**
     * Sends a parked event again: rewritten from the enrollment's current records, with its id (so
     * certification-service still issues at most one certificate for it) and a fresh backoff.
     */
    @Transactional
    public OutboxEventView replay(UUID id) {
        OutboxEvent event = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (event.parkedAt == null) {
            throw ProblemException.conflict("Event " + id + " is " + delivery(event)
                    + "; only a PARKED event can be replayed");
        }
        completions.rewrite(event);
        event.parkedAt = null;
        event.parkReason = null;
        event.attempts = 0;
        event.nextAttemptAt = OffsetDateTime.now();
        return view(event);
    }

    private OutboxEvent find(UUID id, LockModeType lock) {
        OutboxEvent event = queries.find(id, lock);
        if (event == null) {
            throw ProblemException.notFound("Outbox event", id);
        }
        return event;
    }

    private static Delivery delivery(OutboxEvent event) {
        if (event.deliveredAt != null) {
            return Delivery.DELIVERED;
        }
        return event.parkedAt != null ? Delivery.PARKED : Delivery.PENDING;
    }

    private static OutboxEventView view(OutboxEvent event) {
        Delivery delivery = delivery(event);
        return new OutboxEventView(event.id, event.kind, event.enrollmentId, delivery, event.attempts, event.createdAt,
                delivery == Delivery.PENDING ? event.nextAttemptAt : null, event.deliveredAt, event.parkedAt,
                event.parkReason, event.lastError);
    }
}
