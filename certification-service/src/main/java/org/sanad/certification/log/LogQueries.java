package org.sanad.certification.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.sanad.common.sql.Row;

/** Every read and write of the transparency log's tables: entries, signed heads, and the append state. */
@ApplicationScoped
public class LogQueries {

    private final EntityManager em;

    public LogQueries(EntityManager em) {
        this.em = em;
    }

    /** Where the next append starts: the tree's size, its frontier (concatenated hashes) and the last leaf. */
    public record State(long treeSize, byte[] frontier, byte[] lastLeaf) {
    }

    /** An entry as stored, columns and all, for the audit to check against its content. */
    public record StoredEntry(long seq, String kind, UUID certificateId, Instant recordedAt, String content, byte[] leafHash) {
    }

    /** A head's root column beside the signature that states it. */
    public record StoredHead(long treeSize, byte[] rootHash, String signature) {
    }

    /** A certificate beside what the log says of it, for the audit. */
    public record CertificateRecord(UUID id, String serial, String status, String credentialHash, String loggedHash,
            String lastKind) {
    }

    /** The append state, locked until the transaction ends: appends happen one at a time, in one chain. */
    public State lockedState() {
        Row row = Row.single(em.createNativeQuery("SELECT tree_size, frontier, last_leaf FROM log_state WHERE id = 1"
                + " FOR UPDATE", Tuple.class));
        return new State(row.longValue("tree_size"), (byte[]) row.value("frontier"), (byte[]) row.value("last_leaf"));
    }

    public void saveState(State state) {
        em.createNativeQuery("UPDATE log_state SET tree_size = :size, frontier = :frontier, last_leaf = :last WHERE id = 1")
                .setParameter("size", state.treeSize()).setParameter("frontier", state.frontier())
                .setParameter("last", state.lastLeaf()).executeUpdate();
    }

    public List<TreeHead> headsAfter(long treeSize, int limit) {
        return em.createQuery("FROM TreeHead WHERE treeSize > :after ORDER BY treeSize", TreeHead.class)
                .setParameter("after", treeSize).setMaxResults(limit).getResultList();
    }

    public List<LogEntry> entriesAfter(long seq, int limit) {
        return em.createQuery("FROM LogEntry WHERE seq > :after ORDER BY seq", LogEntry.class)
                .setParameter("after", seq).setMaxResults(limit).getResultList();
    }

    public List<LogEntry> entriesOf(UUID certificateId) {
        return em.createQuery("FROM LogEntry WHERE certificateId = :id ORDER BY seq", LogEntry.class)
                .setParameter("id", certificateId).getResultList();
    }

    /** The entries of all the certificates, in log order. */
    public List<LogEntry> entriesOf(Collection<UUID> certificateIds) {
        return em.createQuery("FROM LogEntry WHERE certificateId IN :ids ORDER BY seq", LogEntry.class)
                .setParameter("ids", certificateIds).getResultList();
    }

    public Optional<TreeHead> head(long treeSize) {
        return Optional.ofNullable(em.find(TreeHead.class, treeSize));
    }

    /** The head of the largest tree, if anything was logged. */
    public Optional<TreeHead> latestHead() {
        return em.createQuery("FROM TreeHead ORDER BY treeSize DESC", TreeHead.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The leaf hashes of the first {@code treeSize} entries, in order (fewer if entries were removed). */
    public List<byte[]> leaves(long treeSize) {
        return em.createQuery("SELECT leafHash FROM LogEntry WHERE seq < :size ORDER BY seq", byte[].class)
                .setParameter("size", treeSize).getResultList();
    }

    public List<StoredHead> storedHeads() {
        return Row.all(em.createNativeQuery("SELECT tree_size, root_hash, signature FROM tree_head ORDER BY tree_size",
                        Tuple.class))
                .stream().map(row -> new StoredHead(row.longValue("tree_size"), (byte[]) row.value("root_hash"),
                        row.string("signature")))
                .toList();
    }

    /** Every entry in order, read as a stream: close it. */
    @SuppressWarnings("unchecked")
    public Stream<StoredEntry> storedEntries() {
        Stream<Tuple> rows = em.createNativeQuery("SELECT seq, kind, certificate_id, recorded_at, content, leaf_hash"
                + " FROM log_entry ORDER BY seq", Tuple.class).getResultStream();
        return rows.map(Row::new).map(row -> new StoredEntry(row.longValue("seq"), row.string("kind"),
                row.uuid("certificate_id"), row.timestamp("recorded_at").toInstant(), row.string("content"),
                (byte[]) row.value("leaf_hash")));
    }

    public List<CertificateRecord> certificateRecords() {
        return Row.all(em.createNativeQuery("""
                        SELECT c.id, c.serial, c.status,
                               encode(sha256(convert_to(c.credential, 'UTF8')), 'hex') AS credential_hash,
                               cast(issued.content AS jsonb) ->> 'credentialSha256' AS logged_hash,
                               last.kind AS last_kind
                        FROM certificate c
                        LEFT JOIN LATERAL (SELECT content FROM log_entry e WHERE e.certificate_id = c.id AND e.kind = 'ISSUED'
                                           ORDER BY e.seq LIMIT 1) issued ON true
                        LEFT JOIN LATERAL (SELECT kind FROM log_entry e WHERE e.certificate_id = c.id
                                           ORDER BY e.seq DESC LIMIT 1) last ON true
                        """, Tuple.class))
                .stream().map(row -> new CertificateRecord(row.uuid("id"), row.string("serial"), row.string("status"),
                        row.string("credential_hash"), row.string("logged_hash"), row.string("last_kind")))
                .toList();
    }
}
