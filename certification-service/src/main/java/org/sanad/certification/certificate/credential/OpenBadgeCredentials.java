package org.sanad.certification.certificate.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.sanad.certification.CertificationSettings;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.proof.IssuerProofs;
import org.sanad.certification.certificate.proof.PublishedContexts;
import org.sanad.certification.issuer.Issuers;
import org.sanad.certification.signing.SignatureVerifier;
import org.sanad.certification.signing.Signer;
import org.sanad.common.contract.CoveredStandard;

/**
 * Turns a certificate into an Open Badges 3.0.3 {@code OpenBadgeCredential} (W3C VC Data Model 2.0)
 * made only of terms the published contexts define. It is signed as a VC-JWT at issuance (the payload
 * is the credential itself, VC-JOSE-COSE) and, on request, served with an embedded Data Integrity proof
 * ({@code eddsa-rdfc-2022}) over the very same credential. Co-organising institutions endorse it: each
 * is an {@code EndorsementCredential} embedded with its own proof.
 */
@ApplicationScoped
public class OpenBadgeCredentials {

    public static final String ACHIEVEMENT_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    public static final String ENDORSEMENT_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json";
    /**
     * VC Data Model 2.0's JSON Schema type. Open Badges names {@code 1EdTechJsonSchemaValidator2019}, which
     * no published context defines: a credential naming it cannot pass safe-mode JSON-LD, so it could carry
     * no Data Integrity proof (README, "Checking a certificate").
     */
    static final String SCHEMA_VALIDATOR = "JsonSchema";
    /** The registered JWT claims a VC-JWT repeats (Open Badges 3.0, 8.2); not part of the credential itself. */
    static final List<String> JWT_CLAIMS = List.of("iss", "sub", "jti", "nbf", "exp");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

    private final CertificationSettings settings;
    private final Issuers issuers;
    private final Signer signer;
    private final IssuerProofs proofs;
    private final SignatureVerifier signatures;
    private final ObjectMapper json;

    public OpenBadgeCredentials(CertificationSettings settings, Issuers issuers, Signer signer, IssuerProofs proofs,
            SignatureVerifier signatures, ObjectMapper json) {
        this.settings = settings;
        this.issuers = issuers;
        this.signer = signer;
        this.proofs = proofs;
        this.signatures = signatures;
        this.json = json;
    }

    /** Signs the certificate's credential; sets {@code credential} and {@code signingKid}. */
    public void sign(Certificate certificate) {
        Signer.Signed signed = signer.sign(withJwtClaims(credential(certificate)), Signer.JWT_TYPE);
        certificate.credential = signed.compact();
        certificate.signingKid = signed.kid();
    }

    /**
     * The credential as issued, with an embedded Data Integrity proof by the active Ed25519 key: read from
     * the signed VC-JWT, so both forms always say the same.
     */
    public ObjectNode withProof(Certificate certificate) {
        ObjectNode issued = issuedCredential(certificate);
        issued.remove(JWT_CLAIMS);
        String issuer = issued.path("issuer").path("id").asText();
        return prove(issued, issuer);
    }

    public String achievementId(String programmeCode, int programmeVersion) {
        return settings.url("/achievements/" + programmeCode + "/v" + programmeVersion);
    }

    ObjectNode credential(Certificate c) {
        String host = c.issuingInstitutions[0];
        ObjectNode vc = contexts();
        vc.put("id", "urn:uuid:" + c.id);
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        vc.set("issuer", issuers.embedded(host));
        vc.put("name", c.programmeTitle);
        vc.put("description", ("TRAINER".equals(c.certificateKind) ? "Trainer certificate " : "Certificate ") + c.serial
                + ": " + c.holderName() + ", " + c.programmeTitle + " (" + c.programmeCode + " v" + c.programmeVersion + ").");
        vc.put("validFrom", instant(c.validFrom));
        if (c.validUntil != null) {
            vc.put("validUntil", instant(c.validUntil));
        }
        vc.put("awardedDate", instant(c.issuedAt == null ? c.validFrom : c.issuedAt));
        vc.set("credentialSubject", subject(c));
        vc.set("credentialStatus", revocationEntry(c, host));
        vc.putArray("credentialSchema").add(schema(ACHIEVEMENT_SCHEMA));
        if (c.issuingInstitutions.length > 1) {
            ArrayNode endorsements = vc.putArray("endorsement");
            for (int i = 1; i < c.issuingInstitutions.length; i++) {
                endorsements.add(endorsement(c, c.issuingInstitutions[i], host));
            }
        }
        return vc;
    }

    /**
     * The JWT claims Open Badges 3.0 asks a VC-JWT to repeat from the credential, so JOSE libraries check
     * them; timestamps in seconds.
     */
    private ObjectNode withJwtClaims(ObjectNode credential) {
        ObjectNode payload = credential.deepCopy();
        payload.put("iss", credential.path("issuer").path("id").asText());
        payload.put("sub", credential.path("credentialSubject").path("id").asText());
        payload.put("jti", credential.path("id").asText());
        payload.put("nbf", OffsetDateTime.parse(credential.path("validFrom").asText()).toEpochSecond());
        if (credential.has("validUntil")) {
            payload.put("exp", OffsetDateTime.parse(credential.path("validUntil").asText()).toEpochSecond());
        }
        return payload;
    }

    private ObjectNode subject(Certificate c) {
        ObjectNode subject = json.createObjectNode();
        // Not linkable across certificates: derived from this certificate's id, not from the person.
        subject.put("id", "urn:uuid:" + UUID.nameUUIDFromBytes((c.id + "/subject").getBytes(StandardCharsets.UTF_8)));
        subject.putArray("type").add("AchievementSubject");
        ArrayNode identifiers = subject.putArray("identifier");
        identifiers.add(identity("name", c.holderName()));
        if (c.holderServiceNumber != null) {
            identifiers.add(identity("identifier", c.holderInstitution + ":" + c.holderServiceNumber));
        }
        // The certificate's serial: the number printed on it, by which registries and employers cite it.
        subject.put("licenseNumber", c.serial);
        subject.put("activityStartDate", instant(c.cohortStart.atStartOfDay().atOffset(ZoneOffset.UTC)));
        subject.put("activityEndDate", instant(c.cohortEnd.atStartOfDay().atOffset(ZoneOffset.UTC)));
        if (c.cohortLocation != null) {
            subject.put("term", c.cohortLocation);
        }
        subject.set("achievement", achievement(c));
        return subject;
    }

    /** The achievement a certificate attests, as credentials embed it and its id resolves to. */
    public ObjectNode achievement(Certificate c) {
        ObjectNode achievement = json.createObjectNode();
        achievement.put("id", achievementId(c.programmeCode, c.programmeVersion));
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "TRAINER".equals(c.certificateKind) ? "Certification" : "Certificate");
        achievement.put("name", c.programmeTitle);
        achievement.put("description", c.programmeTitle + " (" + c.programmeCode + " v" + c.programmeVersion
                + "), human-rights standards integrated into operational policing modules.");
        achievement.putObject("criteria").put("narrative", "TRAINER".equals(c.certificateKind)
                ? "Completed the training-of-trainers programme, meeting its attendance and assessment rules."
                : "Completed the programme, meeting its attendance and assessment rules.");
        achievement.put("humanCode", c.programmeCode + " v" + c.programmeVersion);
        achievement.put("version", Integer.toString(c.programmeVersion));
        ArrayNode alignment = achievement.putArray("alignment");
        for (CoveredStandard standard : c.standards) {
            ObjectNode align = alignment.addObject();
            align.putArray("type").add("Alignment");
            align.put("targetName", standard.shortTitle() == null ? standard.provision() : standard.shortTitle());
            align.put("targetCode", standard.provision());
            align.put("targetFramework", standard.instrument());
            align.put("targetUrl", settings.url("/api/curriculum/instruments/" + standard.instrument()));
        }
        return achievement;
    }

    /**
     * A co-organising institution's endorsement of this credential, signed in its name. Its id is derived
     * from the credential's and the institution's, so re-signing the same certificate names the same endorsement.
     */
    private ObjectNode endorsement(Certificate c, String institution, String host) {
        ObjectNode endorsement = contexts();
        UUID id = UUID.nameUUIDFromBytes((c.id + "/endorsement/" + institution).getBytes(StandardCharsets.UTF_8));
        endorsement.put("id", "urn:uuid:" + id);
        endorsement.putArray("type").add("VerifiableCredential").add("EndorsementCredential");
        endorsement.put("name", issuers.name(institution) + " co-organised this training");
        endorsement.set("issuer", issuers.embedded(institution));
        endorsement.put("validFrom", instant(c.validFrom));
        ObjectNode subject = endorsement.putObject("credentialSubject");
        subject.put("id", "urn:uuid:" + c.id);
        subject.putArray("type").add("EndorsementSubject");
        subject.put("endorsementComment", issuers.name(institution) + " co-organised " + c.programmeTitle + " with "
                + issuers.name(host) + " and endorses the certificate " + c.serial + ".");
        endorsement.putArray("credentialSchema").add(schema(ENDORSEMENT_SCHEMA));
        return prove(endorsement, issuers.id(institution));
    }

    private ObjectNode prove(ObjectNode credential, String issuerId) {
        return proofs.prove(credential, issuerId, Instant.now());
    }

    private ObjectNode issuedCredential(Certificate certificate) {
        String payload = signatures.verifiedPayload(certificate.credential).orElseThrow(() ->
                new IllegalStateException("The stored credential of " + certificate.serial + " does not verify"));
        try {
            return (ObjectNode) json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored credential of " + certificate.serial + " is not JSON", e);
        }
    }

    private ObjectNode contexts() {
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(PublishedContexts.CREDENTIALS_V2).add(PublishedContexts.OPEN_BADGES_V3);
        return document;
    }

    private ObjectNode schema(String url) {
        ObjectNode schema = json.createObjectNode();
        schema.put("id", url);
        schema.put("type", SCHEMA_VALIDATOR);
        return schema;
    }

    private ObjectNode identity(String type, String value) {
        ObjectNode identity = json.createObjectNode();
        identity.put("type", "IdentityObject");
        identity.put("identityType", type);
        identity.put("hashed", false);
        identity.put("identityHash", value);
        return identity;
    }

    /**
     * The one status entry: revocation, in the list of the credential's own issuer. Suspension is published
     * in that issuer's suspension list at the same index (README, "Checking a certificate").
     */
    private ObjectNode revocationEntry(Certificate c, String issuer) {
        StatusListPosition position = StatusListPosition.of(c.number);
        String list = settings.url(StatusListPosition.path(issuer, "revocation", position.list()));
        ObjectNode entry = json.createObjectNode();
        entry.put("id", list + "#" + position.index());
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", "revocation");
        entry.put("statusListIndex", Integer.toString(position.index()));
        entry.put("statusListCredential", list);
        return entry;
    }

    private static String instant(OffsetDateTime moment) {
        return INSTANT.format(moment);
    }
}
