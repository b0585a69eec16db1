package org.sanad.certification.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.credential.VerificationCodes;
import org.sanad.certification.signing.SigningKey;
import org.sanad.certification.signing.SigningKeys;
import org.sanad.certification.verify.api.CodeVerification;
import org.sanad.certification.verify.api.CredentialVerification;
import org.sanad.certification.verify.api.CredentialVerification.Check;
import org.sanad.certification.verify.api.VerificationStatus;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;

/** Public verification: by code, and of a presented credential. */
@ApplicationScoped
public class Verifications {

    private final SigningKeys keys;
    private final ObjectMapper json;

    public Verifications(SigningKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** A malformed code is a 400; a well-formed one that names nothing is {@code unknown}. */
    @Transactional
    public CodeVerification byCode(String typed) {
        String code = VerificationCodes.normalise(typed);
        if (!code.matches(VerificationCodes.FORMAT)) {
            throw new ProblemException(ProblemType.VALIDATION, "A verification code is 16 letters A-Z and digits 2-7",
                    List.of(new FieldViolation("code", "must be 16 characters of A-Z and 2-7")));
        }
        return Certificate.<Certificate>find("verificationCode", code).firstResultOptional()
                .map(this::publicView).orElseGet(CodeVerification::unknown);
    }

    /** The certificate, as the public may see it, for the HTML page. */
    @Transactional
    public Optional<Certificate> certificate(String typed) {
        String code = VerificationCodes.normalise(typed);
        return code.matches(VerificationCodes.FORMAT)
                ? Certificate.<Certificate>find("verificationCode", code).firstResultOptional()
                : Optional.empty();
    }

    @Transactional
    public CredentialVerification credential(String compact) {
        JsonWebSignature jws = parse(compact);
        List<Check> checks = new ArrayList<>();
        String kid = jws.getKeyIdHeaderValue();
        Optional<PublicKey> key = keys.publicKey(kid);
        boolean signed = key.isPresent() && verifies(jws, key.get());
        checks.add(new Check("signature", signed, key.isEmpty() ? "signed with a key this platform never published"
                : signed ? "ES256 signature verifies with key " + kid : "the signature does not verify: altered or forged"));
        if (!signed) {
            return new CredentialVerification(false, VerificationStatus.INVALID_SIGNATURE, kid, checks, null);
        }
        JsonNode claims = claims(jws);
        Instant now = Instant.now();
        VerificationStatus status = VerificationStatus.VALID;
        long nbf = claims.path("nbf").asLong(Long.MIN_VALUE);
        boolean started = nbf == Long.MIN_VALUE || !now.isBefore(Instant.ofEpochSecond(nbf));
        checks.add(new Check("validFrom", started, claims.path("validFrom").asText(null)));
        if (!started) {
            status = VerificationStatus.NOT_YET_VALID;
        }
        boolean current = !claims.has("exp") || now.isBefore(Instant.ofEpochSecond(claims.path("exp").asLong()));
        checks.add(new Check("validUntil", current, claims.path("validUntil").asText("no expiry")));
        if (!current) {
            status = VerificationStatus.EXPIRED;
        }
        Optional<Certificate> held = certificateOf(claims);
        CodeVerification view = held.map(this::publicView).orElse(null);
        if (held.isEmpty()) {
            checks.add(new Check("status", false, "this platform holds no certificate with this id"));
            return new CredentialVerification(false, VerificationStatus.UNKNOWN, kid, checks, null);
        }
        Certificate certificate = held.get();
        boolean sameCredential = certificate.credential.equals(compact.strip());
        checks.add(new Check("issued", sameCredential, sameCredential ? "matches the credential issued as " + certificate.serial
                : "differs from the credential issued as " + certificate.serial));
        boolean inForce = certificate.status == CertificateStatus.ACTIVE;
        checks.add(new Check("status", inForce, certificate.status.name().toLowerCase(java.util.Locale.ROOT)));
        if (!inForce) {
            status = certificate.status == CertificateStatus.REVOKED ? VerificationStatus.REVOKED : VerificationStatus.SUSPENDED;
        }
        boolean valid = status == VerificationStatus.VALID && sameCredential;
        return new CredentialVerification(valid, sameCredential ? status : VerificationStatus.INVALID_SIGNATURE, kid, checks, view);
    }

    private CodeVerification publicView(Certificate c) {
        OffsetDateTime now = OffsetDateTime.now();
        VerificationStatus status = switch (c.status) {
            case REVOKED -> VerificationStatus.REVOKED;
            case SUSPENDED -> VerificationStatus.SUSPENDED;
            case ACTIVE -> c.expiredAt(now) ? VerificationStatus.EXPIRED
                    : now.isBefore(c.validFrom) ? VerificationStatus.NOT_YET_VALID : VerificationStatus.VALID;
        };
        String supersededBy = Certificate.<Certificate>find("supersedes", c.id).firstResultOptional().map(s -> s.serial).orElse(null);
        boolean changed = c.status != CertificateStatus.ACTIVE;
        return new CodeVerification(status, c.serial, c.holderName(), c.holderInstitution, c.programmeTitle, c.cohortLocation,
                c.cohortStart, c.cohortEnd, List.of(c.issuingInstitutions), c.validFrom, c.validUntil,
                changed ? c.statusChangedAt : null, changed && c.statusReason != null ? c.statusReason.name() : null, supersededBy);
    }

    private Optional<Certificate> certificateOf(JsonNode claims) {
        String id = claims.path("jti").asText(claims.path("id").asText(""));
        if (!id.startsWith("urn:uuid:")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Certificate.findById(UUID.fromString(id.substring("urn:uuid:".length()))));
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }

    private static JsonWebSignature parse(String compact) {
        String token = compact == null ? "" : compact.strip();
        if (!token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
            throw malformed("not a compact JWS (three base64url parts separated by dots)");
        }
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, SigningKey.ALGORITHM));
            jws.setCompactSerialization(token);
            if (!SigningKey.ALGORITHM.equals(jws.getAlgorithmHeaderValue())) {
                throw malformed("signed with " + jws.getAlgorithmHeaderValue() + "; certificates are signed with ES256 only");
            }
            return jws;
        } catch (JoseException e) {
            throw malformed("its header is not readable JSON");
        }
    }

    private static boolean verifies(JsonWebSignature jws, PublicKey key) {
        try {
            jws.setKey(key);
            return jws.verifySignature();
        } catch (JoseException e) {
            return false;
        }
    }

    private JsonNode claims(JsonWebSignature jws) {
        try {
            JsonNode claims = json.readTree(jws.getUnverifiedPayload());
            if (claims == null || !claims.isObject()) {
                throw malformed("its payload is not a JSON object");
            }
            return claims;
        } catch (IOException e) {
            throw malformed("its payload is not JSON");
        }
    }

    private static ProblemException malformed(String why) {
        return new ProblemException(ProblemType.MALFORMED_BODY, "The credential is not a VC-JWT: " + why);
    }
}
