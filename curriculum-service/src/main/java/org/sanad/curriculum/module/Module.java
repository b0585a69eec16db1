package org.sanad.curriculum.module;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sanad.curriculum.versioning.SeriesRecord;

/** The identity of a module across its versions, e.g. ARREST. */
@Entity
@Table(name = "module")
public class Module extends SeriesRecord {
}
