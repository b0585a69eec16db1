package org.sanad.certification.issuer.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.sanad.certification.certificate.Certificate;

/** What the public issuer and achievement pages read. */
@ApplicationScoped
public class IssuerQueries {

    private final EntityManager em;

    public IssuerQueries(EntityManager em) {
        this.em = em;
    }

    /** Whether the institution issued or endorsed any certificate. */
    public boolean signedAny(String institution) {
        return !em.createNativeQuery("SELECT 1 FROM certificate WHERE issuing_institutions @> ARRAY[CAST(:institution AS text)]"
                        + " LIMIT 1")
                .setParameter("institution", institution).getResultList().isEmpty();
    }

    /** The latest certificate of the programme version: what its achievement says now. */
    public Optional<Certificate> latestOf(String programmeCode, int programmeVersion) {
        return em.createQuery("FROM Certificate WHERE programmeCode = :code AND programmeVersion = :version"
                        + " ORDER BY number DESC", Certificate.class)
                .setParameter("code", programmeCode).setParameter("version", programmeVersion)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
