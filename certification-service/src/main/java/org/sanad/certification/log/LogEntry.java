package org.sanad.certification.log;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One leaf of the transparency log; {@link #content} holds the exact bytes its hash covers. */
@Entity
public class LogEntry extends PanacheEntityBase {

    @Id
    public long seq;
    @Enumerated(EnumType.STRING)
    public LogKind kind;
    public UUID certificateId;
    public OffsetDateTime recordedAt;
    public String content;
    public byte[] leafHash;
}
