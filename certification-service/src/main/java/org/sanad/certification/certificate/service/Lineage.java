package org.sanad.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sanad.certification.certificate.Certificate;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.StatusReason;
import org.sanad.certification.certificate.api.LineageView;
import org.sanad.certification.certificate.api.LineageView.Flag;
import org.sanad.certification.certificate.api.LineageView.Trainer;
import org.sanad.certification.log.LogEntry;
import org.sanad.certification.log.LogKind;
import org.sanad.certification.log.LogQueries;
import org.sanad.common.security.Caller;

/**
 * Trainer lineage: for a certificate, the trainers of its training and whether each held a trainer
 * certificate in force for the whole training, judged from validity dates and the status history the
 * log records (a later revocation does not undo a training given while the certificate was valid).
 */
@ApplicationScoped
public class Lineage {

    private final Certificates certificates;
    private final CertificateQueries queries;
    private final LogQueries log;

    public Lineage(Certificates certificates, CertificateQueries queries, LogQueries log) {
        this.certificates = certificates;
        this.queries = queries;
        this.log = log;
    }

    @Transactional
    public LineageView of(UUID id, Caller caller) {
        Certificate certificate = certificates.find(id, caller);
        List<Long> trainerIds = Arrays.asList(certificate.trainerIds);
        Map<Long, List<Certificate>> held = trainerIds.isEmpty() ? Map.of()
                : queries.trainerCertificatesOf(trainerIds, certificate.id).stream().collect(Collectors.groupingBy(c -> c.holderParticipantId));
        List<UUID> heldIds = held.values().stream().flatMap(List::stream).map(c -> c.id).toList();
        Map<UUID, List<LogEntry>> history = heldIds.isEmpty() ? Map.of()
                : log.entriesOf(heldIds).stream()
                        .collect(Collectors.groupingBy(e -> e.certificateId));
        Instant start = certificate.cohortStart.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = certificate.cohortEnd.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Trainer> trainers = new ArrayList<>();
        for (Long trainer : trainerIds) {
            trainers.add(judge(trainer, held.getOrDefault(trainer, List.of()), history, start, end, certificate.cohortStart));
        }
        return new LineageView(certificate.id, certificate.serial, certificate.cohortStart, certificate.cohortEnd,
                trainers.stream().allMatch(Trainer::certifiedThroughout), trainers);
    }

    private static Trainer judge(long participantId, List<Certificate> candidates, Map<UUID, List<LogEntry>> history,
            Instant start, Instant end, LocalDate startDay) {
        if (candidates.isEmpty()) {
            return new Trainer(participantId, null, null, null, false, Flag.NO_TRAINER_CERTIFICATE,
                    "holds no trainer certificate");
        }
        List<Verdict> verdicts = candidates.stream()
                .map(c -> verdict(c, history.getOrDefault(c.id, List.of()), start, end, startDay))
                .toList();
        // The certificate in force if there is one, else the most recent: the one to renew or explain.
        Verdict best = verdicts.stream().filter(v -> v.flag() == null).findFirst()
                .orElseGet(() -> verdicts.stream().max(Comparator.comparing(v -> v.certificate().validFrom)).orElseThrow());
        Certificate c = best.certificate();
        return new Trainer(participantId, c.holderName(), c.serial, c.id, best.flag() == null, best.flag(), best.detail());
    }

    private static Verdict verdict(Certificate c, List<LogEntry> entries, Instant start, Instant end, LocalDate startDay) {
        if (c.validFrom.toInstant().isAfter(start)) {
            return new Verdict(c, Flag.NOT_YET_CERTIFIED, "certified only from " + c.validFrom.toLocalDate()
                    + ", after the training began on " + startDay);
        }
        if (c.validUntil != null && c.validUntil.toInstant().isBefore(end)) {
            return new Verdict(c, Flag.EXPIRED, "expired on " + c.validUntil.toLocalDate());
        }
        if (c.status == CertificateStatus.REVOKED && c.statusReason == StatusReason.ISSUED_IN_ERROR) {
            // Never valid, whenever it was revoked.
            return new Verdict(c, Flag.REVOKED, "revoked as issued in error");
        }
        for (LogEntry entry : entries) {
            if (!entry.recordedAt.toInstant().isBefore(end)) {
                break;
            }
            if (entry.kind == LogKind.REVOKED) {
                return new Verdict(c, Flag.REVOKED, "revoked on " + entry.recordedAt.toLocalDate());
            }
            if (entry.kind == LogKind.SUSPENDED && !reinstatedBefore(entries, entry, start)) {
                return new Verdict(c, Flag.SUSPENDED, "suspended on " + entry.recordedAt.toLocalDate());
            }
        }
        return new Verdict(c, null, "in force from " + c.validFrom.toLocalDate()
                + (c.validUntil == null ? "" : " to " + c.validUntil.toLocalDate()));
    }

    /** A suspension lifted before the training began does not count against it. */
    private static boolean reinstatedBefore(List<LogEntry> entries, LogEntry suspension, Instant start) {
        return entries.stream().anyMatch(e -> e.seq > suspension.seq && e.kind == LogKind.REINSTATED
                && !e.recordedAt.toInstant().isAfter(start));
    }

    private record Verdict(Certificate certificate, Flag flag, String detail) {
    }
}
