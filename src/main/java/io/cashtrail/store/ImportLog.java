package io.cashtrail.store;

import io.cashtrail.domain.ImportChange;
import io.cashtrail.domain.ImportRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The import history (tables import_run and import_change). Calls made inside a caller's
 * transaction join it, so a run and its changes are written together with the imported records.
 */
public final class ImportLog {
    private final Jdbi jdbi;

    ImportLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Starts a run and returns its id. */
    public long start(String fileName, String sha256, String recordKind, LocalDateTime startedAt) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO import_run (file_name, sha256, record_kind, started_at,"
                        + " version, created_at, updated_at) VALUES (:f, :s, :k, :t, 0, :t, :t)")
                .bind("f", fileName).bind("s", sha256).bind("k", recordKind).bind("t", startedAt)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public void finish(long runId, LocalDateTime finishedAt, int created, int updated, int unchanged, int skipped,
            int rejected) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE import_run SET finished_at = :t, created_count = :c,"
                        + " updated_count = :u, unchanged_count = :n, skipped_count = :s, rejected_count = :r,"
                        + " version = version + 1, updated_at = :t WHERE id = :id")
                .bind("t", finishedAt).bind("c", created).bind("u", updated).bind("n", unchanged).bind("s", skipped)
                .bind("r", rejected).bind("id", runId).execute());
    }

    public void record(long runId, String entity, long entityId, ImportChange.Action action, String field,
            String oldValue, String newValue) {
        LocalDateTime now = LocalDateTime.now();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO import_change (run_id, entity, entity_id, action, field,"
                        + " old_value, new_value, version, created_at, updated_at) VALUES (:r, :e, :i, :a, :f, :o, :n, 0, :t, :t)")
                .bind("r", runId).bind("e", entity).bind("i", entityId).bind("a", action.name()).bind("f", field)
                .bind("o", oldValue).bind("n", newValue).bind("t", now).execute());
    }

    /**
     * Writes many changes of a run with one JDBC batch, in list order (undo replays them backwards);
     * the changes' own ids and run ids are ignored. Records created one after another with
     * consecutive ids (what a batched insert gives) take one row: the first id, and the last in
     * new_value with the field {@value #CREATED_THROUGH}; {@link #changes} lists them one by one again.
     */
    public void recordAll(long runId, List<ImportChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        jdbi.useHandle(h -> {
            try (java.sql.PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO import_change (run_id,"
                    + " entity, entity_id, action, field, old_value, new_value, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
                for (int i = 0; i < changes.size();) {
                    ImportChange c = changes.get(i);
                    int j = i + 1;
                    while (isCreation(c) && j < changes.size() && isCreation(changes.get(j))
                            && changes.get(j).entity().equals(c.entity())
                            && changes.get(j).entityId() == c.entityId() + (j - i)) {
                        j++;
                    }
                    boolean range = j - i > 1;
                    ps.setLong(1, runId);
                    ps.setString(2, c.entity());
                    ps.setLong(3, c.entityId());
                    ps.setString(4, c.action().name());
                    ps.setString(5, range ? CREATED_THROUGH : c.field());
                    ps.setString(6, c.oldValue());
                    ps.setString(7, range ? Long.toString(changes.get(j - 1).entityId()) : c.newValue());
                    ps.setObject(8, now);
                    ps.setObject(9, now);
                    ps.addBatch();
                    i = j;
                }
                ps.executeBatch();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The field marking a row that stands for records created with consecutive ids. */
    static final String CREATED_THROUGH = "(created through id)";

    private static boolean isCreation(ImportChange c) {
        return c.action() == ImportChange.Action.CREATED && c.field() == null && c.oldValue() == null
                && c.newValue() == null;
    }

    /** Every run, newest first. */
    public List<ImportRun> runs() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_run ORDER BY id DESC")
                .map((rs, ctx) -> run(rs)).list());
    }

    /** The newest finished run that is not undone (imports are undone newest first, like a stack). */
    public Optional<ImportRun> lastActive() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_run WHERE finished_at IS NOT NULL"
                + " AND undone = FALSE ORDER BY id DESC LIMIT 1").map((rs, ctx) -> run(rs)).findOne());
    }

    /** The changes of a run in the order they were made, one per created record or changed field. */
    public List<ImportChange> changes(long runId) {
        List<ImportChange> rows = jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_change WHERE run_id = :r"
                        + " ORDER BY id")
                .bind("r", runId).map((rs, ctx) -> new ImportChange(rs.getLong("id"), rs.getLong("run_id"),
                        rs.getString("entity"), rs.getLong("entity_id"),
                        ImportChange.Action.valueOf(rs.getString("action")), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value"))).list());
        List<ImportChange> out = new java.util.ArrayList<>(rows.size());
        for (ImportChange c : rows) {
            if (c.action() == ImportChange.Action.CREATED && CREATED_THROUGH.equals(c.field())) {
                long last = Long.parseLong(c.newValue());
                for (long id = c.entityId(); id <= last; id++) {
                    out.add(new ImportChange(c.id(), c.runId(), c.entity(), id, c.action(), null, null, null));
                }
            } else {
                out.add(c);
            }
        }
        return out;
    }

    public void markUndone(long runId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE import_run SET undone = TRUE, version = version + 1,"
                + " updated_at = :t WHERE id = :id").bind("t", LocalDateTime.now()).bind("id", runId).execute());
    }

    /** Forces everything written so far to disk (after a completed import). */
    public void checkpoint() {
        jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
    }

    private static ImportRun run(ResultSet rs) throws SQLException {
        return new ImportRun(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("record_kind"), RecordStore.ts(rs, "started_at"), RecordStore.ts(rs, "finished_at"),
                rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
                rs.getInt("skipped_count"), rs.getInt("rejected_count"), rs.getBoolean("undone"));
    }
}
