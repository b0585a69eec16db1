package org.sanad.curriculum.programme;

import jakarta.persistence.Entity;
import org.sanad.curriculum.versioning.SeriesRecord;

/** The identity of a programme across its versions, e.g. TOT-MIGRATION. */
@Entity
public class Programme extends SeriesRecord {
}
