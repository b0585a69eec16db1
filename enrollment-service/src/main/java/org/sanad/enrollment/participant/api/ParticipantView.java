package org.sanad.enrollment.participant.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.enrollment.participant.Gender;

/**
 * A participant as the caller may see them: service number, email and account only for callers of
 * the participant's own institution (and admins and auditors); partners see names, institution,
 * rank and gender.
 */
@Schema(name = "Participant")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantView(long id, String givenName, String familyName, String institution, String serviceNumber,
        String rank, Gender gender, String email, String account) {

    /** The same person with only what any caller who may see them needs. */
    public ParticipantView minimal() {
        return new ParticipantView(id, givenName, familyName, institution, null, rank, gender, null, null);
    }
}
