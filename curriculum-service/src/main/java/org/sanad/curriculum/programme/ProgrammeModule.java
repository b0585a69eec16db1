package org.sanad.curriculum.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sanad.common.persistence.Identified;
import org.sanad.curriculum.module.ModuleVersion;

/** A published module version's place in a programme, with its own pass mark when it differs. */
@Entity
@Table(name = "programme_module")
public class ProgrammeModule extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_version_id")
    public ProgrammeVersion programmeVersion;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_version_id")
    public ModuleVersion moduleVersion;
    public int position;
    @Column(name = "min_score")
    public Integer minScore;

    /** This module's pass mark: its own, or else the programme's. */
    public int effectiveMinScore() {
        return minScore != null ? minScore : programmeVersion.minModuleScore;
    }
}
