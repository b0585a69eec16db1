package org.sanad.certification.certificate.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.StatusReason;
import org.sanad.common.contract.CoveredStandard;

@Schema(name = "Certificate", description = "A certificate as its holder, an admin or an auditor reads it")
public record CertificateView(
        UUID id,
        @Schema(example = "SANAD-2025-000123") String serial,
        @Schema(description = "Printed on the certificate and in its QR code; anyone holding it can verify") String verificationCode,
        String verificationUrl,
        CertificateStatus status,
        StatusReason statusReason,
        @Schema(description = "Internal note of the last status change; admins and auditors only") String statusNote,
        OffsetDateTime statusChangedAt,
        boolean expired,
        Holder holder,
        Programme programme,
        Training training,
        List<CoveredStandard> standards,
        List<String> issuingInstitutions,
        OffsetDateTime issuedAt,
        OffsetDateTime validFrom,
        OffsetDateTime validUntil,
        UUID supersedes,
        Long enrollmentId,
        @Schema(description = "The Open Badges 3.0 credential, signed as a VC-JWT (ES256)") String credential) {

    @Schema(name = "CertificateHolderView")
    public record Holder(String givenName, String familyName, String institution, String serviceNumber, String language) {
    }

    @Schema(name = "CertificateProgrammeView")
    public record Programme(String code, int version, String title, String kind) {
    }

    @Schema(name = "CertificateTrainingView")
    public record Training(String cohortCode, String location, LocalDate startDate, LocalDate endDate, List<Long> trainerIds) {
    }
}
