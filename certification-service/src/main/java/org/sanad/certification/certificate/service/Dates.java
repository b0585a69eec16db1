package org.sanad.certification.certificate.service;

import java.time.LocalDate;
import java.util.List;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;

final class Dates {

    private Dates() {
    }

    static void requireOrdered(LocalDate start, LocalDate end, String field) {
        if (end.isBefore(start)) {
            throw ProblemException.unprocessable("A training cannot end before it starts",
                    List.of(new FieldViolation(field + ".endDate", "must not be before " + field + ".startDate")));
        }
    }
}
