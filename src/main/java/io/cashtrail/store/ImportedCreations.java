package io.cashtrail.store;

import io.cashtrail.domain.ChangeEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The "(created)" history lines of records an import created in bulk. {@link RecordStore#insertAll}
 * writes no change_log line per record (for a 100,000-row import those lines were a third of the
 * rows written): the import history (import_change, one row per run of consecutive ids) already
 * says which records an import created and when (the run's start), so {@link History} adds the lines from there,
 * describing the record as it is now (or, once deleted, as its "(deleted)" line describes it).
 */
final class ImportedCreations {
    private final Map<String, RecordStore<?>> stores;

    ImportedCreations(Map<String, RecordStore<?>> stores) {
        this.stores = Map.copyOf(stores);
    }

    /** A record whose creation may be in the import history; {@code gone} describes it once deleted. */
    record Candidate(String entity, long id, Long orderId, String gone) {
    }

    /** A created record or run of consecutive ids in import_change. */
    private record Created(String entity, long first, long last, LocalDateTime at) {
    }

    /**
     * The lines {@code lines} lacks: a "(created)" line for every candidate an import created and
     * that has none in the change log (records created one by one do have one), in reverse
     * candidate order.
     */
    List<ChangeEntry> missing(Handle h, List<ChangeEntry> lines, List<Candidate> candidates) {
        Map<String, Candidate> open = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            open.putIfAbsent(c.entity() + '#' + c.id(), c);
        }
        for (ChangeEntry e : lines) {
            if ("(created)".equals(e.field())) {
                open.remove(e.entity() + '#' + e.entityId());
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        long max = open.values().stream().mapToLong(Candidate::id).max().orElseThrow();
        // stamped with the run's start: before any change the same import made to the record
        List<Created> created = h.createQuery("SELECT c.entity, c.entity_id, c.field, c.new_value, r.started_at"
                        + " FROM import_change c JOIN import_run r ON r.id = c.run_id"
                        + " WHERE c.action = 'CREATED' AND c.entity_id <= :max")
                .bind("max", max).map((rs, ctx) -> created(rs)).list();
        List<ChangeEntry> out = new ArrayList<>();
        for (Candidate c : open.values()) {
            for (Created k : created) {
                if (k.entity().equals(c.entity()) && k.first() <= c.id() && c.id() <= k.last()) {
                    String now = describe(h, c);
                    out.add(new ChangeEntry(0, c.entity(), c.id(), c.orderId(), "(created)", null, now, k.at()));
                    break;
                }
            }
        }
        java.util.Collections.reverse(out); // newest first, like the log: the candidates' owner (first) last
        return out;
    }

    private String describe(Handle h, Candidate c) {
        RecordStore<?> store = stores.get(c.entity());
        String now = store == null ? null : store.describe(h, c.id());
        return now != null ? now : c.gone();
    }

    private static Created created(ResultSet rs) throws SQLException {
        long first = rs.getLong("entity_id");
        long last = ImportLog.CREATED_THROUGH.equals(rs.getString("field")) ? Long.parseLong(rs.getString("new_value"))
                : first;
        return new Created(rs.getString("entity"), first, last, RecordStore.ts(rs, "started_at"));
    }
}
