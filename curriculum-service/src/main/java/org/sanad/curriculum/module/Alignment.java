package org.sanad.curriculum.module;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.sanad.common.persistence.Identified;
import org.sanad.curriculum.standards.Provision;

/** That an objective carries a provision, with a note on how the standard applies to the operational task. */
@Entity
public class Alignment extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provision_id")
    public Provision provision;
    public String note;
    public int position;
}
