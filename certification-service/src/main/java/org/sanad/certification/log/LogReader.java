package org.sanad.certification.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sanad.certification.log.api.CertificateProof;
import org.sanad.certification.log.api.ConsistencyProof;
import org.sanad.certification.log.api.EntryView;
import org.sanad.certification.log.api.HeadView;
import org.sanad.certification.log.api.InclusionProof;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;

/** What auditors fetch: entries, signed heads, and proofs computed from the stored leaf hashes. */
@ApplicationScoped
public class LogReader {

    private final LogQueries queries;

    public LogReader(LogQueries queries) {
        this.queries = queries;
    }

    @Transactional
    public HeadView latestHead() {
        return view(head(null));
    }

    @Transactional
    public Page<HeadView> heads(String cursor, int size) {
        long after = cursor == null ? 0 : Cursor.decode(cursor, 1).longKey(0);
        List<TreeHead> rows = queries.headsAfter(after, size + 1);
        return Page.fromLookahead(new ArrayList<>(rows), size, h -> Cursor.of(h.treeSize), LogReader::view);
    }

    @Transactional
    public Page<EntryView> entries(String cursor, int size) {
        long after = cursor == null ? -1 : Cursor.decode(cursor, 1).longKey(0);
        List<LogEntry> rows = queries.entriesAfter(after, size + 1);
        return Page.fromLookahead(new ArrayList<>(rows), size, e -> Cursor.of(e.seq), LogReader::view);
    }

    /** Inclusion proofs of every entry of the certificate, against the head of the given size (default: latest). */
    @Transactional
    public CertificateProof proof(UUID certificateId, Long treeSize) {
        List<LogEntry> entries = queries.entriesOf(certificateId);
        if (entries.isEmpty()) {
            throw ProblemException.notFound("Certificate", certificateId);
        }
        TreeHead head = head(treeSize);
        List<byte[]> leaves = leaves(head.treeSize);
        List<InclusionProof> proofs = new ArrayList<>();
        for (LogEntry entry : entries) {
            if (entry.seq < head.treeSize) {
                List<String> path = MerkleTree.inclusionPath(leaves, (int) entry.seq, (int) head.treeSize).stream()
                        .map(TransparencyLog.HEX::formatHex).toList();
                proofs.add(new InclusionProof(entry.seq, entry.kind.name(), TransparencyLog.HEX.formatHex(entry.leafHash), path));
            }
        }
        return new CertificateProof(certificateId, view(head), proofs);
    }

    @Transactional
    public ConsistencyProof consistency(long from, long to) {
        TreeHead newer = head(to);
        TreeHead older = head(from);
        if (older.treeSize > newer.treeSize) {
            throw ProblemException.unprocessable("`from` must not be larger than `to`",
                    List.of(new FieldViolation("from", "must be at most " + to)));
        }
        List<byte[]> proof = MerkleTree.consistencyProof(leaves(newer.treeSize), (int) older.treeSize, (int) newer.treeSize);
        return new ConsistencyProof(older.treeSize, newer.treeSize, proof.stream().map(TransparencyLog.HEX::formatHex).toList());
    }

    private TreeHead head(Long treeSize) {
        if (treeSize == null) {
            return queries.latestHead().orElseThrow(() -> new ProblemException(org.sanad.common.problem.ProblemType.NOT_FOUND,
                    "The log is empty: no certificate has been issued yet"));
        }
        return queries.head(treeSize).orElseThrow(() -> ProblemException.notFound("Signed tree head of size", treeSize));
    }

    private List<byte[]> leaves(long treeSize) {
        List<byte[]> leaves = queries.leaves(treeSize);
        if (leaves.size() != treeSize) {
            throw ProblemException.conflict("The log holds " + leaves.size() + " of the " + treeSize
                    + " entries its signed head covers: entries were removed (see the log audit)");
        }
        return leaves;
    }

    static HeadView view(TreeHead head) {
        return new HeadView(head.treeSize, TransparencyLog.HEX.formatHex(head.rootHash), head.signedAt, head.kid, head.signature);
    }

    private static EntryView view(LogEntry entry) {
        return new EntryView(entry.seq, entry.kind.name(), entry.certificateId, entry.recordedAt, entry.content,
                TransparencyLog.HEX.formatHex(entry.leafHash));
    }
}
