package org.sanad.common.sql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A native SQL query put together from optional filters, always with bound parameters: a search
 * endpoint adds the conditions its caller asked for and nothing else, so each combination can use
 * the indexes that fit it.
 */
public final class KeysetQuery {

    private final StringBuilder sql;
    private final Map<String, Object> parameters = new HashMap<>();

    public KeysetQuery(String selectFromWhere) {
        this.sql = new StringBuilder(selectFromWhere);
    }

    /** Adds {@code AND condition} binding one named parameter. */
    public KeysetQuery and(String condition, String parameter, Object value) {
        return and(condition, Map.of(parameter, value));
    }

    /** Adds {@code AND condition} binding two named parameters, for a keyset position. */
    public KeysetQuery and(String condition, String first, Object firstValue, String second, Object secondValue) {
        return and(condition, Map.of(first, firstValue, second, secondValue));
    }

    /** Adds {@code AND condition} binding the given named parameters. */
    public KeysetQuery and(String condition, Map<String, Object> values) {
        sql.append(" AND ").append(condition);
        parameters.putAll(values);
        return this;
    }

    /** Runs the query in the given order, fetching one row more than a page to learn whether another follows. */
    public List<Row> page(EntityManager em, String orderBy, int size) {
        Query query = em.createNativeQuery(sql + " ORDER BY " + orderBy + " LIMIT :limit", Tuple.class);
        parameters.forEach(query::setParameter);
        query.setParameter("limit", size + 1);
        return Row.all(query);
    }

    /** Runs the query without paging, e.g. for an aggregate. */
    public List<Row> all(EntityManager em, String suffix) {
        Query query = em.createNativeQuery(sql + " " + suffix, Tuple.class);
        parameters.forEach(query::setParameter);
        return Row.all(query);
    }
}
