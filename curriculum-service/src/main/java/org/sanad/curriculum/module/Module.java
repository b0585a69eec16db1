package org.sanad.curriculum.module;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.sanad.curriculum.Identified;

/** The identity of a module across its versions, e.g. ARREST. */
@Entity
@Table(name = "module")
public class Module extends Identified {

    public String code;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public static Optional<Module> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
