package io.cashtrail.store;

import io.cashtrail.domain.Allocation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The small tables of collections: allocations made by hand, the state of actions (snoozed, done,
 * first seen) and settings such as the action rules' thresholds.
 */
public final class CollectionsStore {
    /** What the user did with an action, and when it was first seen. */
    public record ActionState(String key, long orderId, LocalDate firstSeen, String status, LocalDate snoozedUntil,
            String note) {
    }

    private final Jdbi jdbi;

    CollectionsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Allocation.Manual> manualAllocations() {
        return jdbi.withHandle(h -> h.createQuery("SELECT payment_id, installment_id, amount FROM payment_allocation")
                .map((rs, ctx) -> new Allocation.Manual(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3))).list());
    }

    /** Replaces the hand-made allocations of one payment. */
    public void setManualAllocations(long paymentId, List<Allocation.Manual> allocations) {
        LocalDateTime now = LocalDateTime.now();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM payment_allocation WHERE payment_id = :p").bind("p", paymentId).execute();
            for (Allocation.Manual m : allocations) {
                h.createUpdate("INSERT INTO payment_allocation (payment_id, installment_id, amount, created_at,"
                        + " updated_at) VALUES (:p, :i, :a, :now, :now)").bind("p", paymentId)
                        .bind("i", m.installmentId()).bind("a", m.amount()).bind("now", now).execute();
            }
        });
    }

    public Map<String, ActionState> actionStates() {
        return jdbi.withHandle(h -> {
            Map<String, ActionState> out = new HashMap<>();
            h.createQuery("SELECT * FROM action_state").map((rs, ctx) -> new ActionState(rs.getString("action_key"),
                    rs.getLong("order_id"), RecordStore.date(rs, "first_seen"), rs.getString("status"),
                    RecordStore.date(rs, "snoozed_until"), rs.getString("note")))
                    .forEach(s -> out.put(s.key(), s));
            return out;
        });
    }

    /** Records when actions were first seen (existing ones keep their date). */
    public void markSeen(Map<String, Long> keysToOrder, LocalDate today) {
        Map<String, ActionState> known = actionStates();
        LocalDateTime now = LocalDateTime.now();
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO action_state (action_key, order_id, first_seen, status,"
                    + " created_at, updated_at) VALUES (:k, :o, :d, 'OPEN', :now, :now)");
            int n = 0;
            for (var e : keysToOrder.entrySet()) {
                if (!known.containsKey(e.getKey())) {
                    batch.bind("k", e.getKey()).bind("o", e.getValue()).bind("d", today).bind("now", now).add();
                    n++;
                }
            }
            if (n > 0) {
                batch.execute();
            }
        });
    }

    /** Sets an action's state (OPEN, SNOOZED until a date, DONE with a note); written to the order history. */
    public void setActionState(String key, long orderId, String status, LocalDate snoozedUntil, String note,
            LocalDate today) {
        LocalDateTime now = LocalDateTime.now();
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("UPDATE action_state SET status = :s, snoozed_until = :u, note = :note,"
                    + " version = version + 1, updated_at = :now WHERE action_key = :k").bind("s", status)
                    .bind("u", snoozedUntil).bind("note", note).bind("now", now).bind("k", key).execute();
            if (n == 0) {
                h.createUpdate("INSERT INTO action_state (action_key, order_id, first_seen, status, snoozed_until,"
                        + " note, created_at, updated_at) VALUES (:k, :o, :d, :s, :u, :note, :now, :now)")
                        .bind("k", key).bind("o", orderId).bind("d", today).bind("s", status).bind("u", snoozedUntil)
                        .bind("note", note).bind("now", now).execute();
            }
            History.record(h, "action", orderId, orderId, "action." + status.toLowerCase(java.util.Locale.ROOT),
                    key, note == null ? (snoozedUntil == null ? null : snoozedUntil.toString()) : note);
        });
    }

    public Optional<String> setting(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM app_setting WHERE setting_key = :k")
                .bind("k", key).mapTo(String.class).findOne());
    }

    public void putSetting(String key, String value) {
        LocalDateTime now = LocalDateTime.now();
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("UPDATE app_setting SET setting_value = :v, version = version + 1, updated_at = :now"
                    + " WHERE setting_key = :k").bind("v", value).bind("k", key).bind("now", now).execute();
            if (n == 0) {
                h.createUpdate("INSERT INTO app_setting (setting_key, setting_value, created_at, updated_at)"
                        + " VALUES (:k, :v, :now, :now)").bind("k", key).bind("v", value).bind("now", now).execute();
            }
        });
    }
}
