package org.sanad.curriculum.module;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sanad.curriculum.versioning.VersionRecord;

/** One numbered version of a module: what is taught, for how long, and which standards it applies. */
@Entity
@Table(name = "module_version")
public class ModuleVersion extends VersionRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    public Module module;
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    public Track track;
    @Column(name = "domain_code")
    public String domain;
    @Column(name = "duration_hours")
    public BigDecimal durationHours;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;
    @Column(name = "assessment_method")
    public String assessmentMethod;

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Objective> objectives = new ArrayList<>();

    public static ModuleVersion draft(Module module, int number, String actor) {
        ModuleVersion version = new ModuleVersion();
        version.module = module;
        version.startDraft(number, actor);
        return version;
    }
}
