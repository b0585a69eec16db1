package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.api.CertificateView;
import org.sanad.certification.certificate.credential.OpenBadgeCredentials;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;

/**
 * Reading certificates. Admins and auditors read all; anyone else only the certificates whose
 * holder account is their token's subject. Others' certificates answer 404, as if absent.
 */
@ApplicationScoped
public class Certificates {

    private final CertificateQueries queries;
    private final CertificateViews views;
    private final OpenBadgeCredentials credentials;

    public Certificates(CertificateQueries queries, CertificateViews views, OpenBadgeCredentials credentials) {
        this.queries = queries;
        this.views = views;
        this.credentials = credentials;
    }

    /** The certificate's credential: the VC-JWT as issued, or the same with an embedded Data Integrity proof. */
    @Transactional
    public String credential(UUID id, Caller caller, boolean embeddedProof) {
        Certificate certificate = find(id, caller);
        return embeddedProof ? credentials.withProof(certificate).toString() : certificate.credential;
    }

    @Transactional
    public CertificateView read(UUID id, Caller caller) {
        return views.view(find(id, caller), caller);
    }

    public Certificate find(UUID id, Caller caller) {
        Certificate certificate = queries.find(id);
        if (certificate == null || !sees(caller, certificate)) {
            throw ProblemException.notFound("Certificate", id);
        }
        return certificate;
    }

    /** Ordered by certificate number; filters are optional. */
    @Transactional
    public Page<CertificateView> list(Filter filter, int size, String cursor, Caller caller) {
        long after = cursor == null ? 0L : Cursor.decode(cursor, 1).longKey(0);
        List<Certificate> rows = queries.page(filter, staff(caller) ? null : caller.subject(), after, size + 1);
        return Page.fromLookahead(new ArrayList<>(rows), size, c -> Cursor.of(c.number), c -> views.view(c, caller));
    }

    /**
     * Active certificates whose validity ends within the window, soonest first, for recertification
     * planning. Keyset on (validUntil, number).
     */
    @Transactional
    public Page<CertificateView> expiring(OffsetDateTime until, String institution, int size, String cursor, Caller caller) {
        Cursor position = cursor == null ? null : Cursor.decode(cursor, 2);
        List<Certificate> rows = queries.expiring(until, institution, position == null ? null : position.timeKey(0),
                position == null ? null : position.longKey(1), size + 1);
        return Page.fromLookahead(new ArrayList<>(rows), size, c -> Cursor.of(c.validUntil.toString(), c.number),
                c -> views.view(c, caller));
    }

    private static boolean sees(Caller caller, Certificate certificate) {
        return staff(caller) || (certificate.holderAccount != null && certificate.holderAccount.equals(caller.subject()));
    }

    private static boolean staff(Caller caller) {
        return caller.hasAnyRole(Roles.ADMIN, Roles.AUDITOR);
    }

    /** Optional narrowing of a certificate list. */
    public record Filter(String institution, String programme, CertificateStatus status, Long participantId) {
    }
}
