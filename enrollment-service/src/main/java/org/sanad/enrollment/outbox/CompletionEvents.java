package org.sanad.enrollment.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.enrollment.Enrollment;
import org.sanad.enrollment.participant.Participant;

/**
 * Writes the event certification-service needs to issue a certificate: who completed what, where and
 * when, and which standards the programme covers. Must run in the transaction that completes the
 * enrollment, so the event exists if and only if the completion does.
 */
@ApplicationScoped
public class CompletionEvents {

    private final ObjectMapper json;

    public CompletionEvents(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(Enrollment enrollment, Cohort cohort, Participant participant) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.kind = OutboxEvent.ENROLLMENT_COMPLETED;
        event.enrollmentId = enrollment.id;
        event.createdAt = OffsetDateTime.now();
        event.nextAttemptAt = event.createdAt;
        event.payload = payload(event, enrollment, cohort, participant);
        event.persist();
    }

    private String payload(OutboxEvent event, Enrollment enrollment, Cohort cohort, Participant participant) {
        ObjectNode body = json.createObjectNode();
        body.put("eventId", event.id.toString());
        body.put("type", event.kind);
        body.put("occurredAt", event.createdAt.toString());
        body.put("enrollmentId", enrollment.id);
        ObjectNode holder = body.putObject("participant");
        holder.put("id", participant.id);
        holder.put("givenName", participant.givenName);
        holder.put("familyName", participant.familyName);
        holder.put("institution", participant.institution);
        holder.put("serviceNumber", participant.serviceNumber);
        holder.put("account", participant.account);
        ObjectNode delivery = body.putObject("cohort");
        delivery.put("id", cohort.id);
        delivery.put("code", cohort.code);
        delivery.put("hostInstitution", cohort.hostInstitution);
        delivery.putPOJO("partnerInstitutions", cohort.partnerInstitutions);
        delivery.put("location", cohort.location);
        delivery.put("startDate", cohort.startDate.toString());
        delivery.put("endDate", cohort.endDate.toString());
        delivery.putPOJO("trainerIds", cohort.trainerIds);
        ObjectNode programme = body.putObject("programme");
        programme.put("code", cohort.programmeCode);
        programme.put("version", cohort.programmeVersion);
        programme.put("title", cohort.programmeTitle);
        programme.put("certificateKind", cohort.certificateKind);
        if (cohort.certificateValidityMonths != null) {
            programme.put("validityMonths", cohort.certificateValidityMonths);
        }
        programme.set("standards", standards(cohort));
        ObjectNode result = body.putObject("result");
        result.put("attendancePercent", enrollment.attendancePercent);
        result.put("overallScore", enrollment.overallScore);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a completion event", e);
        }
    }

    private JsonNode standards(Cohort cohort) {
        try {
            JsonNode standards = json.readTree(cohort.programmeSnapshot).path("standards");
            return standards.isArray() ? standards : json.createArrayNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cohort " + cohort.code + " holds an unreadable programme snapshot", e);
        }
    }
}
