package org.sanad.certification.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import org.sanad.common.sql.Row;

/** The published public halves of the certificate signing keys, by key id. */
@ApplicationScoped
public class SigningKeyQueries {

    private final EntityManager em;

    public SigningKeyQueries(EntityManager em) {
        this.em = em;
    }

    /** Publishes the key unless its id is already taken (then the stored key stays as it was). */
    public void publish(String kid, String algorithm, String publicJwk) {
        em.createNativeQuery("INSERT INTO signing_key (kid, algorithm, public_jwk) VALUES (:kid, :algorithm, :jwk)"
                        + " ON CONFLICT (kid) DO NOTHING")
                .setParameter("kid", kid).setParameter("algorithm", algorithm).setParameter("jwk", publicJwk)
                .executeUpdate();
    }

    public Optional<String> publicJwk(String kid) {
        return Row.all(em.createNativeQuery("SELECT public_jwk FROM signing_key WHERE kid = :kid", Tuple.class)
                .setParameter("kid", kid)).stream().map(row -> row.string("public_jwk")).findFirst();
    }

    /** Every published key, oldest first. */
    public List<Published> published() {
        return Row.all(em.createNativeQuery("SELECT kid, algorithm, public_jwk FROM signing_key ORDER BY first_used_at, kid",
                        Tuple.class))
                .stream().map(row -> new Published(row.string("kid"), row.string("algorithm"), row.string("public_jwk")))
                .toList();
    }

    public record Published(String kid, String algorithm, String publicJwk) {
    }
}
