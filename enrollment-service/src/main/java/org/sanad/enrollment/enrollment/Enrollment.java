package org.sanad.enrollment.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sanad.common.persistence.Identified;

/** One participant in one cohort. */
@Entity
public class Enrollment extends Identified {

    public Long cohortId;
    public Long participantId;
    @Enumerated(EnumType.STRING)
    public EnrollmentStatus status;
    /** Order on the waitlist, 1 first; only while WAITLISTED. */
    public Integer waitlistPosition;
    public BigDecimal attendancePercent;
    public BigDecimal overallScore;
    /** Why the programme's rules were not met, e.g. "attendance 60% < 80%". */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> outcomeReasons = List.of();
    @Column(insertable = false, updatable = false)
    public OffsetDateTime nominatedAt;
    public OffsetDateTime updatedAt;
    @Version
    public long revision;
}
