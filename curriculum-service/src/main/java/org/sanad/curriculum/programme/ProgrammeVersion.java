package org.sanad.curriculum.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.sanad.curriculum.versioning.VersionRecord;

/** One numbered version of a programme. Cohorts pin a published one. */
@Entity
@Table(name = "programme_version")
public class ProgrammeVersion extends VersionRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;
    public String title;
    public String audience;
    public String description;
    @Column(name = "min_attendance_pct")
    public int minAttendancePercent;
    @Column(name = "min_module_score")
    public int minModuleScore;
    @Column(name = "min_overall_score")
    public int minOverallScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_kind")
    public CertificateKind certificateKind;
    @Column(name = "certificate_validity_months")
    public Integer certificateValidityMonths;

    @OneToMany(mappedBy = "programmeVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ProgrammeModule> modules = new ArrayList<>();

    public static ProgrammeVersion draft(Programme programme, int number, String actor) {
        ProgrammeVersion version = new ProgrammeVersion();
        version.programme = programme;
        version.startDraft(number, actor);
        return version;
    }
}
