package org.sanad.certification.log;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A signed statement of the log's size and Merkle root at one moment. */
@Entity
public class TreeHead extends PanacheEntityBase {

    @Id
    public long treeSize;
    public byte[] rootHash;
    public OffsetDateTime signedAt;
    public String kid;
    /** Compact JWS over {@code {"treeSize","rootHash","timestamp"}}. */
    public String signature;
}
