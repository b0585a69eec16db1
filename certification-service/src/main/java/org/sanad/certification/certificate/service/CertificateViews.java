package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.sanad.certification.CertificationSettings;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.api.CertificateView;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;

/** Certificates as callers read them: the internal status note only for admins and auditors. */
@ApplicationScoped
public class CertificateViews {

    private final CertificationSettings settings;

    public CertificateViews(CertificationSettings settings) {
        this.settings = settings;
    }

    public String verificationUrl(String code) {
        return settings.url("/verify/" + code);
    }

    public CertificateView view(Certificate c, Caller caller) {
        boolean staff = caller.hasAnyRole(Roles.ADMIN, Roles.AUDITOR);
        return new CertificateView(c.id, c.serial, c.verificationCode, verificationUrl(c.verificationCode), c.status,
                c.statusReason, staff ? c.statusNote : null, c.statusChangedAt, c.expiredAt(OffsetDateTime.now()),
                new CertificateView.Holder(c.holderGivenName, c.holderFamilyName, c.holderInstitution,
                        c.holderServiceNumber, c.holderLanguage),
                new CertificateView.Programme(c.programmeCode, c.programmeVersion, c.programmeTitle, c.certificateKind),
                new CertificateView.Training(c.cohortCode, c.cohortLocation, c.cohortStart, c.cohortEnd, Arrays.asList(c.trainerIds)),
                c.standards, List.of(c.issuingInstitutions), c.issuedAt, c.validFrom, c.validUntil, c.supersedes,
                c.enrollmentId, c.credential);
    }
}
