package io.cashtrail.store;

import io.cashtrail.domain.ChangeEntry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The change history: one row per changed field, written in the same transaction as the change. */
public final class History {
    private final Jdbi jdbi;
    private final ImportedCreations imported;

    History(Jdbi jdbi, ImportedCreations imported) {
        this.jdbi = jdbi;
        this.imported = imported;
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

    private static String clip(String s) {
        return s == null || s.length() <= 10000 ? s : s.substring(0, 10000);
    }

    /**
     * Everything that happened to an order and the records that belong to it, newest first,
     * including the creation of those an import created in bulk (see {@link ImportedCreations}).
     */
    public List<ChangeEntry> forOrder(long orderId) {
        return jdbi.withHandle(h -> {
            List<ChangeEntry> lines = h.createQuery("SELECT * FROM change_log WHERE order_id = :id"
                            + " OR (entity = 'order' AND entity_id = :id) ORDER BY changed_at DESC, id DESC")
                    .bind("id", orderId).map((rs, ctx) -> map(rs)).list();
            List<ImportedCreations.Candidate> records = new ArrayList<>();
            records.add(new ImportedCreations.Candidate("order", orderId, orderId, null));
            for (String child : OrderStore.CHILD_TABLES) { // the entity names of an order's records
                h.createQuery("SELECT id FROM " + child + " WHERE order_id = :id").bind("id", orderId)
                        .mapTo(Long.class).forEach(id -> records.add(new ImportedCreations.Candidate(child, id, orderId,
                                null)));
            }
            addDeleted(lines, records);
            return withImported(h, lines, records);
        });
    }

    /** The history of one record (e.g. a customer or a contract), newest first. */
    public List<ChangeEntry> forEntity(String entity, long id) {
        return jdbi.withHandle(h -> {
            List<ChangeEntry> lines = h.createQuery("SELECT * FROM change_log WHERE entity = :entity"
                            + " AND entity_id = :id ORDER BY changed_at DESC, id DESC")
                    .bind("entity", entity).bind("id", id).map((rs, ctx) -> map(rs)).list();
            List<ImportedCreations.Candidate> records = new ArrayList<>();
            records.add(new ImportedCreations.Candidate(entity, id, null, null));
            addDeleted(lines, records);
            return withImported(h, lines, records);
        });
    }

    /** Records deleted since: their creation is looked up too, described as their "(deleted)" line does. */
    private static void addDeleted(List<ChangeEntry> lines, List<ImportedCreations.Candidate> records) {
        for (ChangeEntry e : lines) {
            if ("(deleted)".equals(e.field())) {
                records.add(new ImportedCreations.Candidate(e.entity(), e.entityId(), e.orderId(), e.oldValue()));
            }
        }
    }

    /** The lines with the imported creations added, newest first (a creation before any line of its time). */
    private List<ChangeEntry> withImported(Handle h, List<ChangeEntry> lines,
            List<ImportedCreations.Candidate> records) {
        List<ChangeEntry> added = imported.missing(h, lines, records);
        if (added.isEmpty()) {
            return lines;
        }
        List<ChangeEntry> all = new ArrayList<>(lines);
        all.addAll(added);
        all.sort(Comparator.comparing(ChangeEntry::changedAt).thenComparingLong(ChangeEntry::id).reversed());
        return all;
    }

    private static ChangeEntry map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChangeEntry(rs.getLong("id"), rs.getString("entity"), rs.getLong("entity_id"),
                RecordStore.longOrNull(rs, "order_id"), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"), RecordStore.ts(rs, "changed_at"));
    }
}
