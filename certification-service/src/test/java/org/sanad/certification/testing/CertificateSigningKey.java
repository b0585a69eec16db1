package org.sanad.certification.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives the service under test fresh certificate signing and proof keys, and its public URL. */
public class CertificateSigningKey implements QuarkusTestResourceLifecycleManager {

    public static final String KID = "test-certificates-1";
    public static final String PROOF_KID = "test-proofs-1";
    public static final String PUBLIC_URL = "https://sanad.test";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "sanad.certification.signing-key", EcKeys.pemFile(EcKeys.generate()).toString(),
                "sanad.certification.signing-key-id", KID,
                "sanad.certification.proof-key", EcKeys.pemFile(EcKeys.generateEd25519()).toString(),
                "sanad.certification.proof-key-id", PROOF_KID,
                "sanad.certification.public-url", PUBLIC_URL);
    }

    @Override
    public void stop() {
    }
}
