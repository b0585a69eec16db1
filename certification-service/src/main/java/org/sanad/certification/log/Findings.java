package org.sanad.certification.log;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sanad.certification.log.api.AuditReport.Finding;

/** What a check of the log found, keeping the first hundred. */
final class Findings {

    static final int MAX = 100;

    private final List<Finding> list = new ArrayList<>();
    private int total;

    void add(Long seq, UUID certificate, String problem) {
        total++;
        if (list.size() < MAX) {
            list.add(new Finding(seq, certificate, problem));
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    List<Finding> list() {
        return List.copyOf(list);
    }
}
