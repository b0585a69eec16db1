package org.sanad.certification.certificate.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.api.CertificateRequest;
import org.sanad.certification.certificate.api.CompletionEvent;

/** Fills a certificate's holder, programme and training from what the caller sent, before issuance. */
final class Drafts {

    private Drafts() {
    }

    static Certificate fromCompletion(CompletionEvent event) {
        CompletionEvent.Participant person = event.participant();
        CompletionEvent.Cohort cohort = event.cohort();
        CompletionEvent.Programme programme = event.programme();
        Certificate c = new Certificate();
        c.sourceEventId = event.eventId();
        c.enrollmentId = event.enrollmentId();
        c.recordedBy = "enrollment-service";
        c.holderParticipantId = person.id();
        c.holderAccount = person.account();
        c.holderGivenName = person.givenName();
        c.holderFamilyName = person.familyName();
        c.holderInstitution = person.institution();
        c.holderServiceNumber = person.serviceNumber();
        c.holderLanguage = "en";
        c.programmeCode = programme.code();
        c.programmeVersion = programme.version();
        c.programmeTitle = programme.title();
        c.certificateKind = programme.certificateKind();
        c.standards = List.copyOf(programme.standards());
        c.cohortId = cohort.id();
        c.cohortCode = cohort.code();
        c.cohortLocation = cohort.location();
        c.cohortStart = cohort.startDate();
        c.cohortEnd = cohort.endDate();
        c.trainerIds = cohort.trainerIds() == null ? new Long[0] : cohort.trainerIds().toArray(Long[]::new);
        LinkedHashSet<String> issuers = new LinkedHashSet<>();
        issuers.add(cohort.hostInstitution());
        if (cohort.partnerInstitutions() != null) {
            issuers.addAll(cohort.partnerInstitutions());
        }
        c.issuingInstitutions = issuers.toArray(String[]::new);
        validity(c, programme.validityMonths());
        return c;
    }

    static Certificate fromRequest(CertificateRequest request, String actor) {
        CertificateRequest.Holder holder = request.holder();
        CertificateRequest.Programme programme = request.programme();
        CertificateRequest.Training training = request.training();
        Certificate c = new Certificate();
        c.enrollmentId = request.enrollmentId();
        c.recordedBy = actor;
        c.holderParticipantId = holder.participantId();
        c.holderAccount = holder.account();
        c.holderGivenName = holder.givenName();
        c.holderFamilyName = holder.familyName();
        c.holderInstitution = holder.institution();
        c.holderServiceNumber = holder.serviceNumber();
        c.holderLanguage = holder.language() == null ? "en" : holder.language();
        c.programmeCode = programme.code();
        c.programmeVersion = programme.version();
        c.programmeTitle = programme.title();
        c.certificateKind = programme.kind();
        c.standards = List.copyOf(programme.standards());
        c.cohortCode = training.cohortCode();
        c.cohortLocation = training.location();
        c.cohortStart = training.startDate();
        c.cohortEnd = training.endDate();
        c.trainerIds = training.trainerIds() == null ? new Long[0] : training.trainerIds().toArray(Long[]::new);
        c.issuingInstitutions = new LinkedHashSet<>(request.issuingInstitutions()).toArray(String[]::new);
        validity(c, programme.validityMonths());
        return c;
    }

    /** The same holder and programme, certified again after a recertification training. */
    static Certificate renewalOf(Certificate old, CertificateRequest.Training training, Integer validityMonths, String actor) {
        Certificate c = new Certificate();
        c.enrollmentId = old.enrollmentId;
        c.recordedBy = actor;
        c.holderParticipantId = old.holderParticipantId;
        c.holderAccount = old.holderAccount;
        c.holderGivenName = old.holderGivenName;
        c.holderFamilyName = old.holderFamilyName;
        c.holderInstitution = old.holderInstitution;
        c.holderServiceNumber = old.holderServiceNumber;
        c.holderLanguage = old.holderLanguage;
        c.programmeCode = old.programmeCode;
        c.programmeVersion = old.programmeVersion;
        c.programmeTitle = old.programmeTitle;
        c.certificateKind = old.certificateKind;
        c.standards = new ArrayList<>(old.standards);
        c.cohortCode = training.cohortCode();
        c.cohortLocation = training.location();
        c.cohortStart = training.startDate();
        c.cohortEnd = training.endDate();
        c.trainerIds = training.trainerIds() == null ? new Long[0] : training.trainerIds().toArray(Long[]::new);
        c.issuingInstitutions = old.issuingInstitutions.clone();
        c.supersedes = old.id;
        Integer sameAsBefore = old.validUntil == null ? null
                : (int) java.time.temporal.ChronoUnit.MONTHS.between(old.validFrom, old.validUntil);
        validity(c, validityMonths != null ? validityMonths : sameAsBefore);
        return c;
    }

    /** Valid from the day the training ended, for the programme's validity if it has one. */
    private static void validity(Certificate c, Integer validityMonths) {
        c.validFrom = startOf(c.cohortEnd);
        c.validUntil = validityMonths == null ? null : c.validFrom.plusMonths(validityMonths);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
