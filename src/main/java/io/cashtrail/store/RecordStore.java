package io.cashtrail.store;

import io.cashtrail.domain.FieldDiff;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Shared insert/update/delete for one table whose rows map to one record type. Updates check the
 * version column (optimistic locking) and write every changed field to the change history.
 */
abstract class RecordStore<T extends Record> {
    protected final Jdbi jdbi;
    private final String table;
    private final String entity;

    RecordStore(Jdbi jdbi, String table, String entity) {
        this.jdbi = jdbi;
        this.table = table;
        this.entity = entity;
    }

    /** Column name to value, without id, version and timestamps. */
    protected abstract Map<String, Object> columns(T row);

    protected abstract T map(ResultSet rs) throws SQLException;

    protected abstract long idOf(T row);

    protected abstract int versionOf(T row);

    /** The order a row belongs to, for the order's history; null when it belongs to none. */
    protected Long orderIdOf(T row) {
        return null;
    }

    public Optional<T> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    Optional<T> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM " + table + " WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    public T insert(T row) {
        return jdbi.inTransaction(h -> insert(h, row));
    }

    T insert(Handle h, T row) {
        Map<String, Object> cols = columns(row);
        String names = String.join(", ", cols.keySet());
        String values = cols.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        LocalDateTime now = LocalDateTime.now();
        Update u = h.createUpdate("INSERT INTO " + table + " (" + names + ", version, created_at, updated_at) VALUES ("
                + values + ", 0, :now, :now)");
        cols.forEach(u::bind);
        u.bind("now", now);
        long id;
        try {
            id = u.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } catch (RuntimeException e) {
            throw translate(e, row);
        }
        T saved = find(h, id).orElseThrow();
        History.record(h, entity, id, orderIdOf(saved), "(created)", null, describe(saved));
        return saved;
    }

    /**
     * Inserts many rows with one JDBC batch and returns their ids in order; the rows are not read
     * back. For imports: the same rows as {@link #insert} row by row but without their "(created)"
     * change_log lines, which the caller records in the import history instead (History reads
     * them from there, see {@link ImportedCreations}).
     */
    public long[] insertAll(List<T> rows) {
        return rows.isEmpty() ? new long[0] : jdbi.inTransaction(h -> insertAll(h, rows));
    }

    long[] insertAll(Handle h, List<T> rows) {
        List<String> names = List.copyOf(insertColumns(rows.get(0)).keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ", version, created_at, updated_at)"
                + " VALUES (" + "?, ".repeat(names.size()) + "0, ?, ?)";
        LocalDateTime now = LocalDateTime.now();
        long[] ids = new long[rows.size()];
        try (PreparedStatement ps = h.getConnection().prepareStatement(sql, new String[] {"id"})) {
            for (T row : rows) {
                java.util.Collection<Object> values = insertColumns(row).values();
                if (values.size() != names.size()) {
                    throw new IllegalStateException("every row of " + table + " must have the same columns");
                }
                int i = 1;
                for (Object value : values) { // the columns in the same order for every row (one code path builds them)
                    ps.setObject(i++, value);
                }
                ps.setObject(i++, now);
                ps.setObject(i, now);
                ps.addBatch();
            }
            try {
                ps.executeBatch();
            } catch (BatchUpdateException e) {
                SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                throw translate(new IllegalStateException(cause), rows.get(firstFailed(e, rows.size())));
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (int k = 0; k < ids.length; k++) {
                    if (!keys.next()) {
                        throw new IllegalStateException("no generated id for row " + k + " of " + table);
                    }
                    ids[k] = keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static int firstFailed(BatchUpdateException e, int size) {
        int[] counts = e.getUpdateCounts();
        for (int i = 0; counts != null && i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return Math.min(counts == null ? 0 : counts.length, size - 1);
    }

    /** The columns an insert writes; by default {@link #columns}. */
    protected Map<String, Object> insertColumns(T row) {
        return columns(row);
    }

    /** How the history describes the record with this id now; null when there is none. */
    String describe(Handle h, long id) {
        return find(h, id).map(this::describe).orElse(null);
    }

    public T update(T row) {
        return jdbi.inTransaction(h -> update(h, row));
    }

    T update(Handle h, T row) {
        long id = idOf(row);
        T before = find(h, id).orElseThrow(() -> new StaleDataException(entity, id));
        Map<String, Object> cols = columns(row);
        String sets = cols.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        Update u = h.createUpdate("UPDATE " + table + " SET " + sets
                + ", version = version + 1, updated_at = :now WHERE id = :id AND version = :version");
        cols.forEach(u::bind);
        u.bind("now", LocalDateTime.now()).bind("id", id).bind("version", versionOf(row));
        int n;
        try {
            n = u.execute();
        } catch (RuntimeException e) {
            throw translate(e, row);
        }
        if (n == 0) {
            throw new StaleDataException(entity, id);
        }
        T after = find(h, id).orElseThrow();
        for (FieldDiff.Change c : FieldDiff.between(before, after)) {
            History.record(h, entity, id, orderIdOf(after), c.field(), c.oldValue(), c.newValue());
        }
        return after;
    }

    /** Deletes a row that has no dependents (callers check first); logs it in the history. */
    void deleteRow(Handle h, long id) {
        T before = find(h, id).orElseThrow(() -> new StaleDataException(entity, id));
        beforeDelete(h, id);
        h.createUpdate("DELETE FROM " + table + " WHERE id = :id").bind("id", id).execute();
        History.record(h, entity, id, orderIdOf(before), "(deleted)", describe(before), null);
    }

    public void delete(long id) {
        jdbi.useTransaction(h -> deleteRow(h, id));
    }

    /** Removes rows that only exist for this one (e.g. payment allocations); nothing by default. */
    protected void beforeDelete(Handle h, long id) {
    }

    protected List<T> list(Handle h, String where, Map<String, Object> params) {
        var q = h.createQuery("SELECT * FROM " + table + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY id");
        params.forEach(q::bind);
        return q.map((rs, ctx) -> map(rs)).list();
    }

    protected List<T> list(String where, Map<String, Object> params) {
        return jdbi.withHandle(h -> list(h, where, params));
    }

    /** A short text for the history when a row is created or deleted. */
    protected String describe(T row) {
        return row.toString();
    }

    /** Unique-key violations become {@link DuplicateKeyException}, naming the field. */
    protected RuntimeException translate(RuntimeException e, T row) {
        return e;
    }

    static Map<String, Object> cols() {
        return new LinkedHashMap<>();
    }

    static LocalDateTime ts(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toLocalDateTime();
    }

    static java.time.LocalDate date(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, java.time.LocalDate.class);
    }

    static Integer intOrNull(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
