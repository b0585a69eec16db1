package org.sanad.certification.certificate.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.api.CertificateRequest;
import org.sanad.certification.language.Language;
import org.sanad.common.contract.CompletionEvent;
import org.sanad.common.contract.CoveredStandard;

/**
 * Fills a certificate's holder, programme and training before issuance, from a completion event, an
 * admin's record or the certificate a renewal replaces: each source is read into the same three
 * parts, and one method writes them.
 */
final class Drafts {

    private Drafts() {
    }

    private record Holder(Long participantId, String account, String givenName, String familyName, String institution,
            String serviceNumber, String language) {
    }

    private record Achievement(String code, int version, String title, String kind, List<CoveredStandard> standards) {
    }

    private record Delivery(Long cohortId, String cohortCode, String location, LocalDate start, LocalDate end, List<Long> trainerIds) {
    }

    static Certificate fromCompletion(CompletionEvent event) {
        CompletionEvent.Participant person = event.participant();
        CompletionEvent.Cohort cohort = event.cohort();
        CompletionEvent.Programme programme = event.programme();
        LinkedHashSet<String> issuers = new LinkedHashSet<>();
        issuers.add(cohort.hostInstitution());
        if (cohort.partnerInstitutions() != null) {
            issuers.addAll(cohort.partnerInstitutions());
        }
        Certificate c = draft(
                new Holder(person.id(), person.account(), person.givenName(), person.familyName(), person.institution(),
                        person.serviceNumber(), Language.ofTag(cohort.language()).orElse(Language.DEFAULT).tag()),
                new Achievement(programme.code(), programme.version(), programme.title(), programme.certificateKind(),
                        programme.standards()),
                new Delivery(cohort.id(), cohort.code(), cohort.location(), cohort.startDate(), cohort.endDate(), cohort.trainerIds()),
                List.copyOf(issuers), programme.validityMonths(), "enrollment-service");
        c.sourceEventId = event.eventId();
        c.enrollmentId = event.enrollmentId();
        return c;
    }

    static Certificate fromRequest(CertificateRequest request, String actor) {
        CertificateRequest.Holder holder = request.holder();
        CertificateRequest.Programme programme = request.programme();
        Certificate c = draft(
                new Holder(holder.participantId(), holder.account(), holder.givenName(), holder.familyName(), holder.institution(),
                        holder.serviceNumber(), holder.language() == null ? Language.DEFAULT.tag() : holder.language()),
                new Achievement(programme.code(), programme.version(), programme.title(), programme.kind(), programme.standards()),
                delivery(request.training()),
                List.copyOf(new LinkedHashSet<>(request.issuingInstitutions())), programme.validityMonths(), actor);
        c.enrollmentId = request.enrollmentId();
        return c;
    }

    /** The same holder and programme, certified again after a later training, for the same validity unless told. */
    static Certificate renewalOf(Certificate old, CertificateRequest.Training training, Integer validityMonths, String actor) {
        Integer sameAsBefore = old.validUntil == null ? null : (int) ChronoUnit.MONTHS.between(old.validFrom, old.validUntil);
        Certificate c = draft(
                new Holder(old.holderParticipantId, old.holderAccount, old.holderGivenName, old.holderFamilyName,
                        old.holderInstitution, old.holderServiceNumber, old.holderLanguage),
                new Achievement(old.programmeCode, old.programmeVersion, old.programmeTitle, old.certificateKind, old.standards),
                delivery(training), Arrays.asList(old.issuingInstitutions),
                validityMonths != null ? validityMonths : sameAsBefore, actor);
        c.enrollmentId = old.enrollmentId;
        c.supersedes = old.id;
        return c;
    }

    private static Delivery delivery(CertificateRequest.Training training) {
        return new Delivery(null, training.cohortCode(), training.location(), training.startDate(), training.endDate(),
                training.trainerIds());
    }

    /** Valid from the day the training ended, for the programme's validity if it has one. */
    private static Certificate draft(Holder holder, Achievement achievement, Delivery delivery, List<String> issuers,
            Integer validityMonths, String recordedBy) {
        Certificate c = new Certificate();
        c.recordedBy = recordedBy;
        c.holderParticipantId = holder.participantId();
        c.holderAccount = holder.account();
        c.holderGivenName = holder.givenName();
        c.holderFamilyName = holder.familyName();
        c.holderInstitution = holder.institution();
        c.holderServiceNumber = holder.serviceNumber();
        c.holderLanguage = holder.language();
        c.programmeCode = achievement.code();
        c.programmeVersion = achievement.version();
        c.programmeTitle = achievement.title();
        c.certificateKind = achievement.kind();
        c.standards = List.copyOf(achievement.standards());
        c.cohortId = delivery.cohortId();
        c.cohortCode = delivery.cohortCode();
        c.cohortLocation = delivery.location();
        c.cohortStart = delivery.start();
        c.cohortEnd = delivery.end();
        c.trainerIds = delivery.trainerIds() == null ? new Long[0] : delivery.trainerIds().toArray(Long[]::new);
        c.issuingInstitutions = issuers.toArray(String[]::new);
        c.validFrom = startOf(delivery.end());
        c.validUntil = validityMonths == null ? null : c.validFrom.plusMonths(validityMonths);
        return c;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
