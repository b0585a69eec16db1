package org.sanad.certification.log;

import java.util.Map;
import java.util.UUID;

/**
 * What is about to be appended: the event, the certificate it concerns, and the facts that must be
 * provable later (e.g. the hash of the credential issued, the reason of a revocation).
 */
public record LogRecord(LogKind kind, UUID certificateId, String serial, Map<String, String> facts) {

    public LogRecord {
        facts = Map.copyOf(facts);
    }
}
