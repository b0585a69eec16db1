package org.sanad.certification.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.common.sql.Row;

/** What a status list is built from: the certificates in a status, by number. */
@ApplicationScoped
public class StatusListQueries {

    private final EntityManager em;

    public StatusListQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The log's size, which grows with every issuance and status change (so it versions every list), and
     * the highest number of a certificate the institution issued ({@code -1} if it issued none).
     */
    public record Extent(long logSize, long highestNumber) {
    }

    public Extent extent(String issuer) {
        Row row = Row.single(em.createNativeQuery("SELECT (SELECT tree_size FROM log_state WHERE id = 1) AS log_size,"
                + " (SELECT coalesce(max(number), -1) FROM certificate WHERE issuing_institutions[1] = :issuer) AS highest_number",
                Tuple.class).setParameter("issuer", issuer));
        return new Extent(row.longValue("log_size"), row.longValue("highest_number"));
    }

    /** The numbers in {@code [from, to)} of the certificates the institution issued that are now in the status. */
    public List<Long> numbersIn(String issuer, CertificateStatus status, long from, long to) {
        return Row.all(em.createNativeQuery("SELECT number FROM certificate WHERE issuing_institutions[1] = :issuer"
                        + " AND status = :status AND number >= :from AND number < :to", Tuple.class)
                        .setParameter("issuer", issuer).setParameter("status", status.name())
                        .setParameter("from", from).setParameter("to", to))
                .stream().map(row -> row.longValue("number")).toList();
    }
}
