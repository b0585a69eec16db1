package org.sanad.curriculum.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;
import org.sanad.common.persistence.Identified;

/**
 * A named set of provisions an officer in a given role must be trained on, e.g. custody officers:
 * UNCAT 10, 11, 15; ICCPR 9, 10; ... Coverage reports measure a programme against it.
 */
@Entity
@Table(name = "standards_profile")
public class StandardsProfile extends Identified {

    public String code;
    public String title;
    public String description;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @ManyToMany
    @JoinTable(name = "standards_profile_provision",
            joinColumns = @JoinColumn(name = "profile_id"),
            inverseJoinColumns = @JoinColumn(name = "provision_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Provision> provisions = new ArrayList<>();
}
