package org.sanad.enrollment.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.sanad.common.contract.CompletionEvent;
import org.sanad.common.contract.CoveredStandard;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.service.CohortQueries;
import org.sanad.enrollment.enrollment.Enrollment;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.enrollment.service.EnrollmentQueries;
import org.sanad.enrollment.participant.Participant;
import org.sanad.enrollment.participant.service.ParticipantQueries;

/**
 * Writes the event certification-service needs to issue a certificate: who completed what, where and
 * when, and which standards the programme covers. Must run in the transaction that completes the
 * enrollment, so the event exists if and only if the completion does.
 */
@ApplicationScoped
public class CompletionEvents {

    private final EnrollmentQueries enrollments;
    private final CohortQueries cohorts;
    private final ParticipantQueries participants;
    private final ObjectMapper json;

    public CompletionEvents(EnrollmentQueries enrollments, CohortQueries cohorts, ParticipantQueries participants,
            ObjectMapper json) {
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.participants = participants;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(Enrollment enrollment, Cohort cohort, Participant participant) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.kind = CompletionEvent.TYPE;
        event.enrollmentId = enrollment.id;
        event.createdAt = OffsetDateTime.now();
        event.nextAttemptAt = event.createdAt;
        event.payload = write(of(event, enrollment, cohort, participant));
        event.persist();
    }

    /**
     * Writes the event again from the enrollment's records as they are now (keeping its id and time), so
     * that a replay after a correction sends the corrected facts. An enrollment no longer completed, or no
     * longer there, keeps the event as it was written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewrite(OutboxEvent event) {
        Enrollment enrollment = enrollments.find(event.enrollmentId);
        if (enrollment == null || enrollment.status != EnrollmentStatus.COMPLETED) {
            return;
        }
        Cohort cohort = cohorts.find(enrollment.cohortId);
        Participant participant = participants.find(enrollment.participantId);
        event.payload = write(of(event, enrollment, cohort, participant));
    }

    private CompletionEvent of(OutboxEvent event, Enrollment enrollment, Cohort cohort, Participant participant) {
        return new CompletionEvent(event.id, event.kind, event.createdAt, enrollment.id,
                new CompletionEvent.Participant(participant.id, participant.givenName, participant.familyName,
                        participant.institution, participant.serviceNumber, participant.account),
                new CompletionEvent.Cohort(cohort.id, cohort.code, cohort.hostInstitution,
                        List.of(cohort.partnerInstitutions), cohort.location, cohort.startDate, cohort.endDate,
                        List.copyOf(cohort.trainerIds), cohort.language),
                new CompletionEvent.Programme(cohort.programmeCode, cohort.programmeVersion, cohort.programmeTitle,
                        cohort.certificateKind, cohort.certificateValidityMonths, standards(cohort)),
                new CompletionEvent.Result(enrollment.attendancePercent, enrollment.overallScore));
    }

    /** The standards curriculum-service listed in the programme snapshot this cohort pinned. */
    private List<CoveredStandard> standards(Cohort cohort) {
        try {
            PinnedStandards pinned = json.readValue(cohort.programmeSnapshot, PinnedStandards.class);
            return pinned.standards() == null ? List.of() : pinned.standards();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cohort " + cohort.code + " holds an unreadable programme snapshot", e);
        }
    }

    private String write(CompletionEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a completion event", e);
        }
    }

    /** The one part of a programme snapshot the event carries; the rest is read elsewhere. */
    private record PinnedStandards(List<CoveredStandard> standards) {
    }
}
