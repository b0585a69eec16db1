package org.sanad.certification.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.credential.VerificationCodes;
import org.sanad.certification.signing.SignatureVerifier;
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

    private final SignatureVerifier signatures;
    private final ObjectMapper json;
    private final VerificationQueries queries;
    private final VerificationCache cache;

    public Verifications(SignatureVerifier signatures, ObjectMapper json, VerificationQueries queries,
            VerificationCache cache) {
        this.signatures = signatures;
        this.json = json;
        this.queries = queries;
        this.cache = cache;
    }

    /** A malformed code is a 400; a well-formed one that names nothing is {@code unknown}. */
    @Transactional
    public CodeVerification byCode(String typed) {
        String code = VerificationCodes.normalise(typed);
        if (!code.matches(VerificationCodes.FORMAT)) {
            throw new ProblemException(ProblemType.VALIDATION, "A verification code is 16 letters A-Z and digits 2-7",
                    List.of(new FieldViolation("code", "must be 16 characters of A-Z and 2-7")));
        }
        return cache.record(code, queries::byCode).map(Verifications::publicView).orElseGet(CodeVerification::unknown);
    }

    @Transactional
    public CredentialVerification credential(String compact) {
        SignatureVerifier.Checked signature = signatures.check(compact);
        if (signature.outcome() == SignatureVerifier.Outcome.MALFORMED) {
            throw malformed(signature.problem());
        }
        String kid = signature.kid();
        boolean signed = signature.outcome() == SignatureVerifier.Outcome.VALID;
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("signature", signed, switch (signature.outcome()) {
            case UNKNOWN_KEY -> "signed with a key this platform never published";
            case INVALID -> "the signature does not verify: altered or forged";
            default -> "ES256 signature verifies with key " + kid;
        }));
        if (!signed) {
            return new CredentialVerification(false, VerificationStatus.INVALID_SIGNATURE, kid, checks, null);
        }
        JsonNode claims = claims(signature.payload().orElseThrow());
        Instant now = Instant.now();
        VerificationStatus status = VerificationStatus.VALID;
        Optional<Instant> validFrom = instant(claims.path("validFrom"));
        boolean started = validFrom.map(from -> !now.isBefore(from)).orElse(true);
        checks.add(new Check("validFrom", started, claims.path("validFrom").asText(null)));
        if (!started) {
            status = VerificationStatus.NOT_YET_VALID;
        }
        boolean current = instant(claims.path("validUntil")).map(now::isBefore).orElse(true);
        checks.add(new Check("validUntil", current, claims.path("validUntil").asText("no expiry")));
        if (!current) {
            status = VerificationStatus.EXPIRED;
        }
        Optional<Certificate> held = certificateOf(claims);
        CodeVerification view = held.flatMap(c -> queries.byId(c.id)).map(Verifications::publicView).orElse(null);
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

    private static CodeVerification publicView(VerificationQueries.PublicRecord record) {
        OffsetDateTime now = OffsetDateTime.now();
        VerificationStatus status = switch (record.status()) {
            case REVOKED -> VerificationStatus.REVOKED;
            case SUSPENDED -> VerificationStatus.SUSPENDED;
            case ACTIVE -> Certificate.expired(record.validUntil(), now) ? VerificationStatus.EXPIRED
                    : now.isBefore(record.validFrom()) ? VerificationStatus.NOT_YET_VALID : VerificationStatus.VALID;
        };
        boolean changed = record.status() != CertificateStatus.ACTIVE;
        return new CodeVerification(status, record.serial(), record.holder(), record.holderInstitution(),
                record.programmeTitle(), record.location(), record.start(), record.end(), record.issuingInstitutions(),
                record.validFrom(), record.validUntil(), changed ? record.statusChangedAt() : null,
                changed ? record.statusReason() : null, record.supersededBy());
    }

    private Optional<Certificate> certificateOf(JsonNode claims) {
        String id = claims.path("id").asText("");
        if (!id.startsWith("urn:uuid:")) {
            return Optional.empty();
        }
        try {
            return queries.certificate(UUID.fromString(id.substring("urn:uuid:".length())));
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }

    /** A credential's validFrom or validUntil; one that is absent or not a date-time does not limit it. */
    private static Optional<Instant> instant(JsonNode value) {
        try {
            return value.isTextual() ? Optional.of(OffsetDateTime.parse(value.asText()).toInstant()) : Optional.empty();
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private JsonNode claims(String payload) {
        try {
            JsonNode claims = json.readTree(payload);
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
