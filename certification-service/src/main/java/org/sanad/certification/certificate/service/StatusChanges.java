package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateChanging;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.StatusReason;
import org.sanad.certification.certificate.api.CertificateRequest;
import org.sanad.certification.certificate.api.CertificateView;
import org.sanad.certification.certificate.api.StatusChange;
import org.sanad.certification.log.LogKind;
import org.sanad.certification.log.LogRecord;
import org.sanad.certification.log.TransparencyLog;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.security.Caller;

/**
 * Revocation, suspension, reinstatement and renewal. Nothing is deleted: a change updates the
 * certificate's status and appends the change to the log in one transaction.
 */
@ApplicationScoped
public class StatusChanges {

    private final CertificateQueries queries;
    private final TransparencyLog log;
    private final Issuance issuance;
    private final CertificateViews views;
    private final Event<CertificateChanging> changing;

    public StatusChanges(CertificateQueries queries, TransparencyLog log, Issuance issuance, CertificateViews views,
            Event<CertificateChanging> changing) {
        this.queries = queries;
        this.log = log;
        this.issuance = issuance;
        this.views = views;
        this.changing = changing;
    }

    /** A status change: the statuses it may start from, the status it leads to, and how the log records it. */
    public enum Transition {
        REVOKE(CertificateStatus.REVOKED, LogKind.REVOKED, CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED),
        SUSPEND(CertificateStatus.SUSPENDED, LogKind.SUSPENDED, CertificateStatus.ACTIVE),
        REINSTATE(CertificateStatus.ACTIVE, LogKind.REINSTATED, CertificateStatus.SUSPENDED);

        private final CertificateStatus to;
        private final LogKind logged;
        private final Set<CertificateStatus> from;

        Transition(CertificateStatus to, LogKind logged, CertificateStatus... from) {
            this.to = to;
            this.logged = logged;
            this.from = Set.of(from);
        }
    }

    @Transactional
    public CertificateView change(UUID id, Transition transition, StatusChange change, Caller caller) {
        Certificate certificate = locked(id);
        if (!transition.from.contains(certificate.status)) {
            throw ProblemException.conflict("Certificate " + certificate.serial + " is " + certificate.status
                    + "; only a certificate that is " + transition.from + " can be " + transition.to);
        }
        return views.view(apply(certificate, transition, change), caller);
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
            apply(old, Transition.REVOKE, new StatusChange(StatusReason.SUPERSEDED, "Superseded by a renewal"));
            queries.flush();
        }
        Certificate renewed = issuance.issue(List.of(Drafts.renewalOf(old, training, validityMonths, caller.subject()))).get(0);
        old.supersededBy = renewed.id;
        return views.view(renewed, caller);
    }

    private Certificate apply(Certificate certificate, Transition transition, StatusChange change) {
        certificate.status = transition.to;
        certificate.statusReason = change.reason();
        certificate.statusNote = change.note();
        certificate.statusChangedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        queries.flush();
        log.append(List.of(new LogRecord(transition.logged, certificate.id, certificate.serial, Map.of("reason", change.reason().name()))));
        return certificate;
    }

    private Certificate locked(UUID id) {
        Certificate certificate = queries.locked(id);
        if (certificate == null) {
            throw ProblemException.notFound("Certificate", id);
        }
        changing.fire(new CertificateChanging(certificate.verificationCode));
        return certificate;
    }
}
