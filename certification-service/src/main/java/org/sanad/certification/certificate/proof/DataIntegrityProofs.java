package org.sanad.certification.certificate.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.sanad.certification.signing.SigningKey;

/**
 * Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite (W3C VC Data Integrity EdDSA
 * Cryptosuites v1.0): the Ed25519 signature of SHA-256(canonical proof options) followed by
 * SHA-256(canonical document), both canonicalized with RDFC-1.0.
 */
public final class DataIntegrityProofs {

    /** The signing form of each key, made once: deriving it costs as much as a signature. */
    private static final Map<String, Ed25519PrivateKeyParameters> SIGNING_PARAMETERS = new ConcurrentHashMap<>();

    public static final String TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String PURPOSE = "assertionMethod";

    private DataIntegrityProofs() {
    }

    /** The document with an embedded proof (replacing any it had) by the key, named by the verification method given. */
    public static ObjectNode prove(ObjectNode unsecured, SigningKey key, String verificationMethod, Instant created) {
        if (!key.isEd25519()) {
            throw new IllegalArgumentException("eddsa-rdfc-2022 proofs are made with an Ed25519 key, not " + key.kid());
        }
        ObjectNode document = unsecured.deepCopy();
        document.remove("proof");
        ObjectNode proof = document.objectNode();
        proof.put("type", TYPE);
        proof.put("cryptosuite", CRYPTOSUITE);
        proof.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        proof.put("verificationMethod", verificationMethod);
        proof.put("proofPurpose", PURPOSE);
        byte[] signature = sign(key, hashData(document, proof));
        proof.put("proofValue", Multikey.multibase(signature));
        // An array even of one: the Open Badges 3.0.3 JSON Schema accepts no other form.
        ObjectNode secured = document.deepCopy();
        secured.putArray("proof").add(proof);
        return secured;
    }

    /** Whether the document's embedded proof verifies with the public key (what the proof names is not looked up). */
    public static boolean verifies(ObjectNode secured, PublicKey ed25519) {
        JsonNode proofs = secured.path("proof");
        JsonNode only = proofs.isArray() && proofs.size() == 1 ? proofs.get(0) : proofs;
        if (!(only instanceof ObjectNode proof) || !proof.path("proofValue").isTextual()) {
            return false;
        }
        ObjectNode document = secured.deepCopy();
        document.remove("proof");
        ObjectNode options = proof.deepCopy();
        options.remove("proofValue");
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(ed25519);
            verifier.update(hashData(document, options));
            return verifier.verify(Multikey.fromMultibase(proof.path("proofValue").asText()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** SHA-256 of the canonical proof options (under the document's context), then of the canonical document. */
    private static byte[] hashData(ObjectNode document, ObjectNode proofOptions) {
        ObjectNode options = proofOptions.deepCopy();
        options.set("@context", document.get("@context"));
        byte[] proofHash = sha256(Canonicalizer.nquads(options));
        byte[] documentHash = sha256(Canonicalizer.nquads(document));
        byte[] hashData = new byte[proofHash.length + documentHash.length];
        System.arraycopy(proofHash, 0, hashData, 0, proofHash.length);
        System.arraycopy(documentHash, 0, hashData, proofHash.length, documentHash.length);
        return hashData;
    }

    /**
     * Signs with BouncyCastle's Ed25519 (about 40 µs a signature on this kind of machine, against 650 µs for the
     * JDK's provider, which bulk issuance felt: one proof per endorsement per certificate). Proofs are still
     * verified with the JDK's implementation, so each checks the other.
     */
    private static byte[] sign(SigningKey key, byte[] data) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, SIGNING_PARAMETERS.computeIfAbsent(key.kid(), kid -> parameters(key)));
        signer.update(data, 0, data.length);
        return signer.generateSignature();
    }

    private static Ed25519PrivateKeyParameters parameters(SigningKey key) {
        if (!(key.privateKey() instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
            throw new IllegalStateException("Key " + key.kid() + " is not an Ed25519 private key");
        }
        return new Ed25519PrivateKeyParameters(ed.getBytes().get(), 0);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
