package org.sanad.certification.certificate.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.api.CertificateView;
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

    private final CertificateViews views;

    public Certificates(CertificateViews views) {
        this.views = views;
    }

    @Transactional
    public CertificateView read(UUID id, Caller caller) {
        return views.view(find(id, caller), caller);
    }

    public Certificate find(UUID id, Caller caller) {
        Certificate certificate = Certificate.findById(id);
        if (certificate == null || !sees(caller, certificate)) {
            throw ProblemException.notFound("Certificate", id);
        }
        return certificate;
    }

    /** Ordered by certificate number; filters are optional. */
    @Transactional
    public Page<CertificateView> list(Filter filter, int size, String cursor, Caller caller) {
        StringBuilder where = new StringBuilder("number > :after");
        Parameters parameters = Parameters.with("after", cursor == null ? 0L : Cursor.decode(cursor, 1).longKey(0));
        if (!staff(caller)) {
            where.append(" and holderAccount = :account");
            parameters.and("account", caller.subject());
        }
        if (filter.institution() != null) {
            where.append(" and holderInstitution = :institution");
            parameters.and("institution", filter.institution());
        }
        if (filter.programme() != null) {
            where.append(" and programmeCode = :programme");
            parameters.and("programme", filter.programme());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.participantId() != null) {
            where.append(" and holderParticipantId = :participant");
            parameters.and("participant", filter.participantId());
        }
        List<Certificate> rows = Certificate.<Certificate>find(where + " order by number", parameters).range(0, size).list();
        return Page.fromLookahead(new ArrayList<>(rows), size, c -> Cursor.of(c.number), c -> views.view(c, caller));
    }

    /**
     * Active certificates whose validity ends within the window, soonest first, for recertification
     * planning. Keyset on (validUntil, number).
     */
    @Transactional
    public Page<CertificateView> expiring(OffsetDateTime until, String institution, int size, String cursor, Caller caller) {
        StringBuilder where = new StringBuilder("status = :active and validUntil > :now and validUntil <= :until");
        Parameters parameters = Parameters.with("active", CertificateStatus.ACTIVE).and("now", OffsetDateTime.now())
                .and("until", until);
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, 2);
            where.append(" and (validUntil > :afterUntil or (validUntil = :afterUntil and number > :afterNumber))");
            parameters.and("afterUntil", position.timeKey(0)).and("afterNumber", position.longKey(1));
        }
        if (institution != null) {
            where.append(" and holderInstitution = :institution");
            parameters.and("institution", institution);
        }
        List<Certificate> rows = Certificate.<Certificate>find(where + " order by validUntil, number", parameters)
                .range(0, size).list();
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
