package io.cashtrail.store;

import io.cashtrail.domain.ChangeEntry;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The change history: one row per changed field, written in the same transaction as the change. */
public final class History {
    private final Jdbi jdbi;

    History(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static void record(Handle h, String entity, long entityId, Long orderId, String field, String oldValue,
            String newValue) {
        LocalDateTime now = LocalDateTime.now();
        h.createUpdate("INSERT INTO change_log (entity, entity_id, order_id, field, old_value, new_value, changed_at,"
                        + " version, created_at, updated_at)"
                        + " VALUES (:entity, :entityId, :orderId, :field, :old, :new, :now, 0, :now, :now)")
                .bind("entity", entity).bind("entityId", entityId).bind("orderId", orderId).bind("field", field)
                .bind("old", clip(oldValue)).bind("new", clip(newValue)).bind("now", now).execute();
    }

    /** One history line to write in a batch. */
    record Line(String entity, long entityId, Long orderId, String field, String oldValue, String newValue) {
    }

    /** Writes many lines with one JDBC batch, all stamped {@code now}. */
    static void recordAll(Handle h, List<Line> lines, LocalDateTime now) {
        if (lines.isEmpty()) {
            return;
        }
        try (java.sql.PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO change_log (entity,"
                + " entity_id, order_id, field, old_value, new_value, changed_at, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (Line l : lines) {
                ps.setString(1, l.entity());
                ps.setLong(2, l.entityId());
                ps.setObject(3, l.orderId());
                ps.setString(4, l.field());
                ps.setString(5, clip(l.oldValue()));
                ps.setString(6, clip(l.newValue()));
                ps.setObject(7, now);
                ps.setObject(8, now);
                ps.setObject(9, now);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= 10000 ? s : s.substring(0, 10000);
    }

    /** Everything that happened to an order and the records that belong to it, newest first. */
    public List<ChangeEntry> forOrder(long orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM change_log WHERE order_id = :id"
                        + " OR (entity = 'order' AND entity_id = :id) ORDER BY changed_at DESC, id DESC")
                .bind("id", orderId).map((rs, ctx) -> map(rs)).list());
    }

    /** The history of one record (e.g. a customer or a contract), newest first. */
    public List<ChangeEntry> forEntity(String entity, long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM change_log WHERE entity = :entity"
                        + " AND entity_id = :id ORDER BY changed_at DESC, id DESC")
                .bind("entity", entity).bind("id", id).map((rs, ctx) -> map(rs)).list());
    }

    private static ChangeEntry map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChangeEntry(rs.getLong("id"), rs.getString("entity"), rs.getLong("entity_id"),
                RecordStore.longOrNull(rs, "order_id"), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"), RecordStore.ts(rs, "changed_at"));
    }
}
