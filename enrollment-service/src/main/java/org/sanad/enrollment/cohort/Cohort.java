package org.sanad.enrollment.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sanad.common.persistence.Identified;

/**
 * One delivery of a published programme version. The programme's modules and completion rules are
 * copied in when the cohort is created, so later curriculum changes never alter a running cohort.
 */
@Entity
public class Cohort extends Identified {

    public String code;
    public String programmeCode;
    public int programmeVersion;
    public String programmeTitle;
    public int minAttendancePercent;
    public int minOverallScore;
    public String certificateKind;
    @Column(name = "certificate_months")
    public Integer certificateValidityMonths;
    /** The programme snapshot exactly as curriculum-service answered it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String programmeSnapshot;

    public String hostInstitution;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] partnerInstitutions;
    public String location;
    public LocalDate startDate;
    public LocalDate endDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public LocalDate[] sessionDays;
    public int capacity;
    /** Counted by the database (trigger on enrollment); read-only here. */
    @Column(insertable = false, updatable = false)
    public int seatsTaken;
    public String language;
    @Enumerated(EnumType.STRING)
    public CohortStatus status;
    @Version
    public long revision;
    @Column(insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cohort_module", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderBy("position")
    public List<CohortModule> modules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "participant_id")
    public Set<Long> trainerIds = new LinkedHashSet<>();

    public boolean leadsToCertificate() {
        return !"NONE".equals(certificateKind);
    }

    public boolean sharedWith(String institution) {
        for (String partner : partnerInstitutions) {
            if (partner.equals(institution)) {
                return true;
            }
        }
        return false;
    }
}
