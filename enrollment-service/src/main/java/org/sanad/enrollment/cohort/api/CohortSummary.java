package org.sanad.enrollment.cohort.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.enrollment.cohort.CohortStatus;

@Schema(name = "CohortSummary", description = "A cohort in a list; read the cohort for its modules, rules and trainers")
public record CohortSummary(long id, String code, String programmeCode, int programmeVersion, String programmeTitle,
        String hostInstitution, List<String> partnerInstitutions, String location, LocalDate startDate, LocalDate endDate,
        int capacity, int seatsTaken, String language, CohortStatus status) {
}
