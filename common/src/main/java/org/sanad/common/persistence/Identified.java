package org.sanad.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * The id of the entities of curriculum-service and enrollment-service: one sequence per database
 * ({@code id_seq}), handed out 50 at a time, so inserts batch.
 */
@MappedSuperclass
public abstract class Identified extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_seq", allocationSize = 50)
    public Long id;
}
