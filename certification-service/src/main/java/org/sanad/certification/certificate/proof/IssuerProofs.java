package org.sanad.certification.certificate.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.sanad.certification.signing.KeyLocations;
import org.sanad.certification.signing.SigningKey;
import org.sanad.certification.signing.SigningKeys;

/** Proves documents in an issuer's name: the active Ed25519 key, named as one of that issuer's keys. */
@ApplicationScoped
public class IssuerProofs {

    private final SigningKeys keys;
    private final KeyLocations locations;

    public IssuerProofs(SigningKeys keys, KeyLocations locations) {
        this.keys = keys;
        this.locations = locations;
    }

    public ObjectNode prove(ObjectNode document, String issuerId, Instant created) {
        SigningKey key = keys.proofKey();
        return DataIntegrityProofs.prove(document, key, locations.verificationMethod(issuerId, key.kid()), created);
    }
}
