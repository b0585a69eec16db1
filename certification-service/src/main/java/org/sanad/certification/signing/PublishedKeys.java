package org.sanad.certification.signing;

import java.security.PublicKey;
import java.util.Optional;

/** Where a signature's key id is looked up: the platform's own table, or a JWKS fetched by an auditor. */
@FunctionalInterface
public interface PublishedKeys {

    /** The public key published under the id, if any. */
    Optional<PublicKey> publicKey(String kid);
}
