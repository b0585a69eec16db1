package org.sanad.enrollment.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event waiting for, or having had, delivery. Its id travels with it as the idempotency key. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    public static final String ENROLLMENT_COMPLETED = "enrollment.completed";

    @Id
    public UUID id;
    public String kind;
    public Long enrollmentId;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    public OffsetDateTime createdAt;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public String lastError;
    public OffsetDateTime deliveredAt;
    /** Set when certification-service refused the event for good; cleared by a replay. */
    public OffsetDateTime parkedAt;
    public String parkReason;
}
