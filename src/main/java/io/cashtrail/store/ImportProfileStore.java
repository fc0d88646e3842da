package io.cashtrail.store;

import io.cashtrail.domain.ImportProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Saved import mappings (table import_profile), unique by name, and the profile each import run
 * used (import_run.profile_name). The mapping itself is opaque text here; the service reads it.
 */
public final class ImportProfileStore {
    private final Jdbi jdbi;

    ImportProfileStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every profile, the most recently saved first. */
    public List<ImportProfile> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_profile ORDER BY updated_at DESC, id DESC")
                .map((rs, ctx) -> map(rs)).list());
    }

    /** The profiles saved for a header signature, the most recently saved first. */
    public List<ImportProfile> withSignature(String signature) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_profile WHERE signature = :s"
                + " ORDER BY updated_at DESC, id DESC").bind("s", signature).map((rs, ctx) -> map(rs)).list());
    }

    public Optional<ImportProfile> named(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_profile WHERE name = :n").bind("n", name)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Saves under the profile's name: replaces the profile of that name, or adds one. Returns it as stored. */
    public ImportProfile save(ImportProfile p) {
        LocalDateTime now = LocalDateTime.now();
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE import_profile SET signature = :s, record_kind = :k, header_row = :r,"
                            + " header_rows = :rows, mapping = :m, date_orders = :d, version = version + 1,"
                            + " updated_at = :t WHERE name = :n")
                    .bind("s", p.signature()).bind("k", p.recordKind()).bind("r", p.headerRow())
                    .bind("rows", p.headerRows()).bind("m", p.mapping()).bind("d", p.dateOrders()).bind("t", now)
                    .bind("n", p.name()).execute();
            if (changed == 0) {
                h.createUpdate("INSERT INTO import_profile (name, signature, record_kind, header_row, header_rows,"
                                + " mapping, date_orders, version, created_at, updated_at)"
                                + " VALUES (:n, :s, :k, :r, :rows, :m, :d, 0, :t, :t)")
                        .bind("n", p.name()).bind("s", p.signature()).bind("k", p.recordKind())
                        .bind("r", p.headerRow()).bind("rows", p.headerRows()).bind("m", p.mapping())
                        .bind("d", p.dateOrders()).bind("t", now).execute();
            }
            return h.createQuery("SELECT * FROM import_profile WHERE name = :n").bind("n", p.name())
                    .map((rs, ctx) -> map(rs)).one();
        });
    }

    /** Removes a profile; false when there was none with that id. Imports that used it keep its name. */
    public boolean delete(long id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM import_profile WHERE id = :id").bind("id", id)
                .execute()) > 0;
    }

    /** Records which profile an import run used. */
    public void recordUse(long runId, String profileName) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE import_run SET profile_name = :p WHERE id = :id")
                .bind("p", profileName).bind("id", runId).execute());
    }

    /** Run id → the name of the profile it used, for the runs that used one. */
    public Map<Long, String> runProfiles() {
        return jdbi.withHandle(h -> {
            Map<Long, String> m = new HashMap<>();
            h.createQuery("SELECT id, profile_name FROM import_run WHERE profile_name IS NOT NULL")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(e -> m.put(e.getKey(), e.getValue()));
            return m;
        });
    }

    private static ImportProfile map(ResultSet rs) throws SQLException {
        return new ImportProfile(rs.getLong("id"), rs.getString("name"), rs.getString("signature"),
                rs.getString("record_kind"), rs.getInt("header_row"), rs.getInt("header_rows"),
                rs.getString("mapping"), rs.getString("date_orders"), RecordStore.ts(rs, "updated_at"));
    }
}
