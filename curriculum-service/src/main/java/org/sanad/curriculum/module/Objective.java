package org.sanad.curriculum.module;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import org.sanad.common.persistence.Identified;

/** A learning objective of a module version; its code is stable across versions, so versions can be compared. */
@Entity
public class Objective extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_version_id")
    public ModuleVersion moduleVersion;
    public String code;
    public int position;
    public String text;

    @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Alignment> alignments = new ArrayList<>();
}
