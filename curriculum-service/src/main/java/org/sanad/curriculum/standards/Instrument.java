package org.sanad.curriculum.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import org.sanad.common.persistence.Identified;

/** A treaty, protocol, declaration or body of principles, e.g. the Convention against Torture. */
@Entity
public class Instrument extends Identified {

    public String code;
    public String title;
    @Enumerated(EnumType.STRING)
    public InstrumentKind kind;
    @Column(name = "adopting_body")
    public String adoptingBody;
    public int year;
    public String url;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
