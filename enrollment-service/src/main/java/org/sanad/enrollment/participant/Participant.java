package org.sanad.enrollment.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.sanad.common.persistence.Identified;

/**
 * A person who attends or teaches cohorts, known to their institution by a service number. Names are
 * stored exactly as written, in Arabic or Latin script.
 */
@Entity
public class Participant extends Identified {

    public String givenName;
    public String familyName;
    public String institution;
    public String serviceNumber;
    @Column(name = "rank")
    public String rank;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    public String email;
    /** The {@code sub} of this person's own login, for trainers who record attendance and results. */
    public String account;
    @Version
    public long revision;
    @Column(insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
