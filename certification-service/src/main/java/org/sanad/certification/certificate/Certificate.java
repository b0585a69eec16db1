package org.sanad.certification.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sanad.common.contract.CoveredStandard;

/** A trainer (or participation) certificate and the signed credential issued for it. */
@Entity
public class Certificate extends PanacheEntityBase {

    @Id
    public UUID id;
    public long number;
    public String serial;
    public String verificationCode;

    public UUID sourceEventId;
    public Long enrollmentId;
    public String recordedBy;

    public Long holderParticipantId;
    public String holderAccount;
    public String holderGivenName;
    public String holderFamilyName;
    public String holderInstitution;
    public String holderServiceNumber;
    public String holderLanguage;

    public String programmeCode;
    public int programmeVersion;
    public String programmeTitle;
    public String certificateKind;
    public Long cohortId;
    public String cohortCode;
    public String cohortLocation;
    public LocalDate cohortStart;
    public LocalDate cohortEnd;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public Long[] trainerIds;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CoveredStandard> standards;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] issuingInstitutions;

    public OffsetDateTime issuedAt;
    public OffsetDateTime validFrom;
    public OffsetDateTime validUntil;

    @Enumerated(EnumType.STRING)
    public CertificateStatus status;
    @Enumerated(EnumType.STRING)
    public StatusReason statusReason;
    public String statusNote;
    public OffsetDateTime statusChangedAt;
    public UUID supersedes;
    public UUID supersededBy;

    public String credential;
    public String signingKid;

    public String holderName() {
        return holderGivenName + " " + holderFamilyName;
    }

    public boolean expiredAt(OffsetDateTime moment) {
        return expired(validUntil, moment);
    }

    /** A certificate is expired from the instant its validity ends; one without an end never is. */
    public static boolean expired(OffsetDateTime validUntil, OffsetDateTime moment) {
        return validUntil != null && !moment.isBefore(validUntil);
    }
}
