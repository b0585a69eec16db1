package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanad.certification.CertificationSettings;
import org.sanad.certification.certificate.api.CertificateRequest;
import org.sanad.certification.certificate.api.CertificateView;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.security.Caller;

/** Certificates an admin records directly: trainings held before the platform, and bulk issuance. */
@ApplicationScoped
public class Records {

    private final CertificateQueries certificates;
    private final Issuance issuance;
    private final CertificationSettings settings;
    private final CertificateViews views;

    public Records(CertificateQueries certificates, Issuance issuance, CertificationSettings settings,
            CertificateViews views) {
        this.certificates = certificates;
        this.issuance = issuance;
        this.settings = settings;
        this.views = views;
    }

    /** Issues all of them or none. */
    @Transactional
    public List<CertificateView> record(List<CertificateRequest> requests, Caller caller) {
        if (requests.isEmpty() || requests.size() > settings.maxBatch()) {
            throw ProblemException.unprocessable("Send between 1 and " + settings.maxBatch() + " certificates",
                    List.of(new FieldViolation("certificates", "size must be between 1 and " + settings.maxBatch())));
        }
        Set<Long> enrollments = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            CertificateRequest request = requests.get(i);
            Dates.requireOrdered(request.training().startDate(), request.training().endDate(), "certificates[" + i + "].training");
            Long enrollment = request.enrollmentId();
            if (enrollment != null && !enrollments.add(enrollment)) {
                throw ProblemException.conflict("Enrollment " + enrollment + " appears twice in this request");
            }
        }
        if (!enrollments.isEmpty()) {
            certificates.inForceForAny(enrollments).ifPresent(existing -> {
                        throw ProblemException.conflict("Enrollment " + existing.enrollmentId
                                + " already holds certificate " + existing.serial + "; revoke it or renew it instead");
                    });
        }
        return issuance.issue(requests.stream().map(request -> Drafts.fromRequest(request, caller.subject())).toList())
                .stream().map(c -> views.view(c, caller)).toList();
    }
}
