package org.sanad.enrollment.participant.service;

import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;
import org.sanad.enrollment.participant.api.ParticipantView;

/** Decides how much of a participant's personal data a caller gets: only what their role needs. */
public final class PersonalData {

    private PersonalData() {
    }

    public static ParticipantView forCaller(ParticipantView full, Caller caller) {
        if (caller.hasAnyRole(Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE)) {
            return full;
        }
        boolean sameInstitution = caller.hasAnyRole(Roles.REGISTRAR, Roles.PARTNER)
                && caller.institution().filter(full.institution()::equals).isPresent();
        boolean self = full.account() != null && full.account().equals(caller.subject());
        return sameInstitution || self ? full : full.minimal();
    }
}
