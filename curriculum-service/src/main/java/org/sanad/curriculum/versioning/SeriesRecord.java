package org.sanad.curriculum.versioning;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.sanad.common.persistence.Identified;

/** The identity of a module or programme across its versions: its stable code, and who started it when. */
@MappedSuperclass
public abstract class SeriesRecord extends Identified {

    public String code;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
