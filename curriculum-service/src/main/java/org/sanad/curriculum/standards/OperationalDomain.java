package org.sanad.curriculum.standards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An area of police work a module trains for, e.g. ARREST or CUSTODY_SAFEGUARDS. Authors may add more. */
@Entity
@Table(name = "operational_domain")
public class OperationalDomain extends PanacheEntityBase {

    @Id
    public String code;
    public String title;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
