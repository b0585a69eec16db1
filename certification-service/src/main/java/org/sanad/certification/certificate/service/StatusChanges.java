package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.StatusReason;
import org.sanad.certification.certificate.api.CertificateRequest;
import org.sanad.certification.certificate.api.CertificateView;
import org.sanad.certification.certificate.api.StatusChange;
import org.sanad.common.security.Caller;
import org.sanad.certification.log.LogKind;
import org.sanad.certification.log.LogRecord;
import org.sanad.certification.log.TransparencyLog;
import org.sanad.common.problem.ProblemException;

/**
 * Revocation, suspension, reinstatement and renewal. Nothing is deleted: a change updates the
 * certificate's status and appends the change to the log in one transaction.
 */
@ApplicationScoped
public class StatusChanges {

    private final EntityManager em;
    private final TransparencyLog log;
    private final Issuance issuance;
    private final CertificateViews views;

    public StatusChanges(EntityManager em, TransparencyLog log, Issuance issuance, CertificateViews views) {
        this.em = em;
        this.log = log;
        this.issuance = issuance;
        this.views = views;
    }

    @Transactional
    public CertificateView revoke(UUID id, StatusChange change, Caller caller) {
        Certificate certificate = locked(id);
        if (certificate.status == CertificateStatus.REVOKED) {
            throw ProblemException.conflict("Certificate " + certificate.serial + " is already revoked");
        }
        return views.view(apply(certificate, CertificateStatus.REVOKED, LogKind.REVOKED, change), caller);
    }

    @Transactional
    public CertificateView suspend(UUID id, StatusChange change, Caller caller) {
        Certificate certificate = locked(id);
        if (certificate.status != CertificateStatus.ACTIVE) {
            throw ProblemException.conflict("Only an active certificate can be suspended; " + certificate.serial
                    + " is " + certificate.status);
        }
        return views.view(apply(certificate, CertificateStatus.SUSPENDED, LogKind.SUSPENDED, change), caller);
    }

    @Transactional
    public CertificateView reinstate(UUID id, StatusChange change, Caller caller) {
        Certificate certificate = locked(id);
        if (certificate.status != CertificateStatus.SUSPENDED) {
            throw ProblemException.conflict("Only a suspended certificate can be reinstated; " + certificate.serial
                    + " is " + certificate.status);
        }
        return views.view(apply(certificate, CertificateStatus.ACTIVE, LogKind.REINSTATED, change), caller);
    }

    /**
     * Recertification: a new certificate for the same holder and programme after a new training,
     * recording the one it supersedes, which is revoked as superseded unless it already was.
     */
    @Transactional
    public CertificateView renew(UUID id, CertificateRequest.Training training, Integer validityMonths, Caller caller) {
        Certificate old = locked(id);
        Dates.requireOrdered(training.startDate(), training.endDate(), "training");
        if (!training.endDate().isAfter(old.cohortEnd)) {
            throw ProblemException.unprocessable("A renewal follows a later training than the one certified",
                    List.of(new org.sanad.common.problem.FieldViolation("training.endDate", "must be after " + old.cohortEnd)));
        }
        if (old.status != CertificateStatus.REVOKED) {
            apply(old, CertificateStatus.REVOKED, LogKind.REVOKED,
                    new StatusChange(StatusReason.SUPERSEDED, "Superseded by a renewal"));
            em.flush();
        }
        Certificate renewed = issuance.issue(List.of(Drafts.renewalOf(old, training, validityMonths, caller.subject()))).get(0);
        old.supersededBy = renewed.id;
        return views.view(renewed, caller);
    }

    private Certificate apply(Certificate certificate, CertificateStatus status, LogKind kind, StatusChange change) {
        certificate.status = status;
        certificate.statusReason = change.reason();
        certificate.statusNote = change.note();
        certificate.statusChangedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        em.flush();
        log.append(List.of(new LogRecord(kind, certificate.id, certificate.serial, Map.of("reason", change.reason().name()))));
        return certificate;
    }

    private Certificate locked(UUID id) {
        Certificate certificate = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null) {
            throw ProblemException.notFound("Certificate", id);
        }
        return certificate;
    }
}
