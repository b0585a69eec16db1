package org.sanad.curriculum.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.sanad.curriculum.Identified;

/** The identity of a programme across its versions, e.g. TOT-MIGRATION. */
@Entity
public class Programme extends Identified {

    public String code;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public static Optional<Programme> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
