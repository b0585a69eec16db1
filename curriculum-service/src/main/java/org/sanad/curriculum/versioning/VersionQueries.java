package org.sanad.curriculum.versioning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sanad.common.paging.Cursor;
import org.sanad.common.paging.Page;
import org.sanad.common.sql.KeysetQuery;
import org.sanad.common.sql.Row;

/**
 * Reads a series and its numbered versions, the same way for modules and programmes.
 *
 * @param <S> the series entity, e.g. {@code Module}
 * @param <V> its version entity, e.g. {@code ModuleVersion}, which names its series in {@code seriesField}
 */
public class VersionQueries<S extends SeriesRecord, V extends VersionRecord> {

    /** For the queries a subclass adds. */
    protected final EntityManager em;
    private final Class<S> seriesType;
    private final Class<V> versionType;
    private final String seriesField;

    protected VersionQueries(EntityManager em, Class<S> seriesType, Class<V> versionType, String seriesField) {
        this.em = em;
        this.seriesType = seriesType;
        this.versionType = versionType;
        this.seriesField = seriesField;
    }

    public Optional<S> series(String code) {
        return em.createQuery("FROM " + seriesType.getSimpleName() + " WHERE code = :code", seriesType)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The series' versions, oldest first. */
    public List<V> versions(S series) {
        return em.createQuery("FROM " + versionType.getSimpleName() + " WHERE " + seriesField + " = :series ORDER BY number",
                        versionType)
                .setParameter("series", series).getResultList();
    }

    public Optional<V> version(String code, int number) {
        return version(code, number, LockModeType.NONE);
    }

    /** The version, locked against concurrent writers until the transaction ends. */
    public Optional<V> versionForUpdate(String code, int number) {
        return version(code, number, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A page of a search over versions in the order every version list has, code then number: the
     * keyset starts after the cursor's (code, number), and the first clause lets the index on the
     * series' code start there instead of at the beginning.
     *
     * @param code the query's column for the series' code, e.g. {@code m.code}
     * @param number its column for the version number, e.g. {@code mv.number}
     */
    protected <T> Page<T> pageByCodeAndNumber(KeysetQuery query, String code, String number, String cursor, int size,
            Function<Row, T> item) {
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor, 2);
            query.and(code + " >= :afterCode AND (" + code + ", " + number + ") > (:afterCode, :afterNumber)",
                    "afterCode", after.key(0), "afterNumber", (int) after.longKey(1));
        }
        return Page.fromLookahead(query.page(em, code + ", " + number, size), size,
                row -> Cursor.of(row.string("code"), row.intValue("number")), item);
    }

    /** Writes pending changes now, e.g. removed children before the same codes are used again. */
    public void flush() {
        em.flush();
    }

    private Optional<V> version(String code, int number, LockModeType lock) {
        return em.createQuery("FROM " + versionType.getSimpleName() + " WHERE " + seriesField + ".code = :code"
                        + " AND number = :number", versionType)
                .setParameter("code", code).setParameter("number", number).setLockMode(lock)
                .getResultStream().findFirst();
    }
}
