package org.sanad.certification.certificate.credential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.sanad.certification.CertificationSettings;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.signing.Signer;
import org.sanad.common.contract.CoveredStandard;

/**
 * Turns a certificate into an Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model 2.0)
 * and signs it as a VC-JWT: the payload is the credential itself, with {@code iss}, {@code jti},
 * {@code nbf} and {@code exp} repeating its issuer, id and validity so JOSE libraries check them.
 */
@ApplicationScoped
public class OpenBadgeCredentials {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

    private final CertificationSettings settings;
    private final Signer signer;
    private final ObjectMapper json;

    public OpenBadgeCredentials(CertificationSettings settings, Signer signer, ObjectMapper json) {
        this.settings = settings;
        this.signer = signer;
        this.json = json;
    }

    /** Signs the certificate's credential; sets {@code credential} and {@code signingKid}. */
    public void sign(Certificate certificate) {
        Signer.Signed signed = signer.sign(credential(certificate), Signer.JWT_TYPE);
        certificate.credential = signed.compact();
        certificate.signingKid = signed.kid();
    }

    public String issuerId(String institution) {
        return settings.url("/issuers/" + institution);
    }

    ObjectNode credential(Certificate c) {
        ObjectNode vc = json.createObjectNode();
        vc.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        vc.put("id", "urn:uuid:" + c.id);
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        String host = c.issuingInstitutions[0];
        ObjectNode issuer = vc.putObject("issuer");
        issuer.put("id", issuerId(host));
        issuer.putArray("type").add("Profile");
        issuer.put("name", host);
        vc.put("name", c.programmeTitle);
        vc.put("validFrom", instant(c.validFrom));
        if (c.validUntil != null) {
            vc.put("validUntil", instant(c.validUntil));
        }
        vc.put("serial", c.serial);
        ArrayNode coIssuers = vc.putArray("issuingInstitutions");
        for (String institution : c.issuingInstitutions) {
            coIssuers.add(institution);
        }
        vc.set("credentialSubject", subject(c));
        ArrayNode status = vc.putArray("credentialStatus");
        status.add(statusEntry(c, "revocation"));
        status.add(statusEntry(c, "suspension"));
        // Registered JWT claims, consistent with the credential (Open Badges 3.0, section 8.2).
        vc.put("iss", issuerId(host));
        vc.put("jti", "urn:uuid:" + c.id);
        vc.put("nbf", c.validFrom.toEpochSecond());
        if (c.validUntil != null) {
            vc.put("exp", c.validUntil.toEpochSecond());
        }
        return vc;
    }

    private ObjectNode subject(Certificate c) {
        ObjectNode subject = json.createObjectNode();
        subject.putArray("type").add("AchievementSubject");
        ArrayNode identifiers = subject.putArray("identifier");
        identifiers.add(identity("name", c.holderName()));
        if (c.holderServiceNumber != null) {
            identifiers.add(identity("identifier", c.holderInstitution + ":" + c.holderServiceNumber));
        }
        subject.put("activityStartDate", instant(c.cohortStart.atStartOfDay().atOffset(ZoneOffset.UTC)));
        subject.put("activityEndDate", instant(c.cohortEnd.atStartOfDay().atOffset(ZoneOffset.UTC)));
        if (c.cohortLocation != null) {
            subject.put("term", c.cohortLocation);
        }
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", settings.url("/achievements/" + c.programmeCode + "/v" + c.programmeVersion));
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "TRAINER".equals(c.certificateKind) ? "Certification" : "Certificate");
        achievement.put("name", c.programmeTitle);
        achievement.put("description", c.programmeTitle + " (" + c.programmeCode + " v" + c.programmeVersion
                + "), human-rights standards integrated into operational policing modules.");
        achievement.putObject("criteria").put("narrative", "TRAINER".equals(c.certificateKind)
                ? "Completed the training-of-trainers programme, meeting its attendance and assessment rules."
                : "Completed the programme, meeting its attendance and assessment rules.");
        ArrayNode alignment = achievement.putArray("alignment");
        for (CoveredStandard standard : c.standards) {
            ObjectNode align = alignment.addObject();
            align.putArray("type").add("Alignment");
            align.put("targetName", standard.shortTitle() == null ? standard.provision() : standard.shortTitle());
            align.put("targetCode", standard.provision());
            align.put("targetFramework", standard.instrument());
            align.put("targetUrl", settings.url("/api/curriculum/instruments/" + standard.instrument()));
        }
        return subject;
    }

    private ObjectNode identity(String type, String value) {
        ObjectNode identity = json.createObjectNode();
        identity.put("type", "IdentityObject");
        identity.put("identityType", type);
        identity.put("hashed", false);
        identity.put("identityHash", value);
        return identity;
    }

    private ObjectNode statusEntry(Certificate c, String purpose) {
        StatusListPosition position = StatusListPosition.of(c.number);
        String list = settings.url(StatusListPosition.path(purpose, position.list()));
        ObjectNode entry = json.createObjectNode();
        entry.put("id", list + "#" + position.index());
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", purpose);
        entry.put("statusListIndex", Integer.toString(position.index()));
        entry.put("statusListCredential", list);
        return entry;
    }

    private static String instant(OffsetDateTime moment) {
        return INSTANT.format(moment);
    }
}
