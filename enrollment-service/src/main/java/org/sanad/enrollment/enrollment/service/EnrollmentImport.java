package org.sanad.enrollment.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.security.Caller;
import org.sanad.common.security.Roles;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.cohort.Cohort;
import org.sanad.enrollment.cohort.service.Cohorts;
import org.sanad.enrollment.csv.Csv;
import org.sanad.enrollment.enrollment.Enrollment;
import org.sanad.enrollment.enrollment.EnrollmentStatus;
import org.sanad.enrollment.enrollment.api.ImportReport;
import org.sanad.enrollment.participant.Gender;
import org.sanad.enrollment.participant.Participant;
import org.sanad.enrollment.participant.api.ParticipantRequest;
import org.sanad.enrollment.participant.service.ParticipantQueries;
import org.sanad.enrollment.participant.service.Participants;
import org.sanad.enrollment.participant.service.ServiceNumber;

/**
 * Enrolls a whole list at once from CSV, as academies keep nominations in spreadsheets. Every row is
 * checked before anything is written; one bad row and nothing is stored, and the answer lists every
 * bad row with its line, field and reason. Participants are matched by institution and service
 * number, or registered.
 */
@ApplicationScoped
@Transactional
public class EnrollmentImport {

    /** Columns a file must have; the others are optional. Order is free, names are case-insensitive. */
    static final List<String> REQUIRED = List.of("given_name", "family_name", "service_number", "gender");
    static final List<String> OPTIONAL = List.of("institution", "rank", "email");
    static final int MAX_ROWS = 20_000;

    private final Cohorts cohorts;
    private final Enrollments enrollments;
    private final EnrollmentQueries enrollmentQueries;
    private final ParticipantQueries participantQueries;
    private final Validator validator;

    public EnrollmentImport(Cohorts cohorts, Enrollments enrollments, EnrollmentQueries enrollmentQueries,
            ParticipantQueries participantQueries, Validator validator) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.enrollmentQueries = enrollmentQueries;
        this.participantQueries = participantQueries;
        this.validator = validator;
    }

    public ImportReport importCsv(long cohortId, String csv, boolean confirm, CohortScope scope) {
        Cohort cohort = cohorts.managed(cohortId, scope);
        if (!cohort.status.takesEnrollments()) {
            throw ProblemException.conflict("Cohort " + cohort.code + " is " + cohort.status
                    + "; enrollments are taken while it is PLANNED or OPEN");
        }
        List<Row> rows = read(csv, scope.caller());
        cohort = cohorts.lockedForSeats(cohortId);
        Map<ServiceNumber, Long> known = participantQueries.registeredAmong(rows.stream().map(Row::key).toList());
        List<FieldViolation> problems = new ArrayList<>();
        checkNotEnrolled(cohort, rows, known, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        int created = 0;
        for (Row row : rows) {
            if (!known.containsKey(row.key())) {
                Participant participant = Participants.fromRequest(row.request(), row.request().institution());
                participant.persist();
                known.put(row.key(), participant.id);
                created++;
            }
        }
        Seats seats = confirm ? enrollmentQueries.seats(cohortId) : null;
        int confirmed = 0;
        int waitlisted = 0;
        String actor = scope.caller().subject();
        for (Row row : rows) {
            Enrollment enrollment = enrollments.admit(cohort, known.get(row.key()), seats, actor, "Imported from CSV (line "
                    + row.line() + ")");
            confirmed += enrollment.status == EnrollmentStatus.CONFIRMED ? 1 : 0;
            waitlisted += enrollment.status == EnrollmentStatus.WAITLISTED ? 1 : 0;
        }
        enrollmentQueries.flush();
        return new ImportReport(rows.size(), created, rows.size() - created, confirmed, waitlisted,
                rows.size() - confirmed - waitlisted);
    }

    private List<Row> read(String csv, Caller caller) {
        List<Csv.Record> records;
        try {
            records = Csv.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw invalid(List.of(new FieldViolation("file", e.getMessage())));
        }
        if (records.isEmpty()) {
            throw invalid(List.of(new FieldViolation("file", "is empty; the first line names the columns")));
        }
        Map<String, Integer> columns = columns(records.get(0));
        List<Csv.Record> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            throw invalid(List.of(new FieldViolation("file", "has a header but no rows")));
        }
        if (data.size() > MAX_ROWS) {
            throw new ProblemException(ProblemType.BODY_TOO_LARGE, data.size() + " rows; import at most " + MAX_ROWS
                    + " at a time");
        }
        String ownInstitution = caller.institution().orElse(null);
        // Rows are matched to participants by (institution, service number): a registrar confined to its
        // own institution can neither register officers elsewhere nor learn which service numbers exist there.
        boolean actsForAny = caller.hasRole(Roles.ADMIN);
        if (!actsForAny && ownInstitution == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token names no institution");
        }
        List<FieldViolation> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>(data.size());
        Set<ServiceNumber> seen = new HashSet<>();
        for (Csv.Record record : data) {
            String where = "rows[" + record.line() + "]";
            if (record.fields().size() != columns.size()) {
                problems.add(new FieldViolation(where, "has " + record.fields().size() + " fields; the header has " + columns.size()));
                continue;
            }
            String institution = value(record, columns, "institution");
            if (institution == null) {
                institution = ownInstitution;
            }
            String gender = value(record, columns, "gender");
            Gender parsedGender = null;
            if (gender != null) {
                try {
                    parsedGender = Gender.valueOf(gender.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldViolation(where + ".gender", "must be one of FEMALE, MALE, OTHER, UNDISCLOSED"));
                }
            }
            ParticipantRequest request = new ParticipantRequest(value(record, columns, "given_name"),
                    value(record, columns, "family_name"), institution, value(record, columns, "service_number"),
                    value(record, columns, "rank"), parsedGender, value(record, columns, "email"), null);
            for (ConstraintViolation<ParticipantRequest> violation : validator.validate(request)) {
                String field = snake(violation.getPropertyPath().toString());
                if (!(field.equals("gender") && gender != null)) {
                    problems.add(new FieldViolation(where + "." + field, violation.getMessage()));
                }
            }
            if (institution == null) {
                problems.add(new FieldViolation(where + ".institution", "must be given: your token names no institution"));
            } else if (!actsForAny && !institution.equals(ownInstitution)) {
                problems.add(new FieldViolation(where + ".institution", "a registrar of " + ownInstitution
                        + " imports officers of " + ownInstitution + " only"));
            }
            Row row = new Row(record.line(), request);
            if (request.serviceNumber() != null && institution != null && !seen.add(row.key())) {
                problems.add(new FieldViolation(where + ".service_number", "appears twice in the file for " + institution));
            }
            rows.add(row);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return rows;
    }

    private static Map<String, Integer> columns(Csv.Record header) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldViolation> problems = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new FieldViolation("header", "unknown column '" + name + "'; columns are " + REQUIRED + " and optionally " + OPTIONAL));
            } else if (columns.put(name, i) != null) {
                problems.add(new FieldViolation("header", "column '" + name + "' appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new FieldViolation("header", "column '" + required + "' is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return columns;
    }

    private void checkNotEnrolled(Cohort cohort, List<Row> rows, Map<ServiceNumber, Long> known,
            List<FieldViolation> problems) {
        if (known.isEmpty()) {
            return;
        }
        Set<Long> already = enrollmentQueries.enrolledAmong(cohort.id, known.values());
        for (Row row : rows) {
            Long id = known.get(row.key());
            if (id != null && already.contains(id)) {
                problems.add(new FieldViolation("rows[" + row.line() + "].service_number",
                        "participant " + id + " is already enrolled in cohort " + cohort.code));
            }
        }
    }

    private static String value(Csv.Record record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static ProblemException invalid(List<FieldViolation> problems) {
        return ProblemException.unprocessable("The file was not imported: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ", each listed; nothing was stored", problems);
    }

    private record Row(int line, ParticipantRequest request) {

        ServiceNumber key() {
            return new ServiceNumber(request.institution(), request.serviceNumber());
        }
    }
}
