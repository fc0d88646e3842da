package io.cashtrail.store;

import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.domain.Stage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Payment-term templates the users added (the built-in ones live in code). */
public final class PaymentTermStore {
    private final Jdbi jdbi;

    PaymentTermStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<PaymentTerms> all() {
        return jdbi.withHandle(h -> {
            Map<Long, String> names = new LinkedHashMap<>();
            h.createQuery("SELECT id, name FROM payment_term ORDER BY name").map((rs, c) -> Map.entry(rs.getLong(1),
                    rs.getString(2))).forEach(e -> names.put(e.getKey(), e.getValue()));
            Map<Long, List<PaymentTerms.Line>> lines = new LinkedHashMap<>();
            h.createQuery("SELECT * FROM payment_term_line ORDER BY term_id, seq").map((rs, c) -> Map.entry(
                    rs.getLong("term_id"), new PaymentTerms.Line(rs.getString("label"), rs.getBigDecimal("share_percent"),
                            rs.getBigDecimal("fixed_amount"), Stage.fromKey(rs.getString("trigger_event")),
                            rs.getInt("offset_days"), rs.getInt("warranty_months"), rs.getBoolean("invoice_required"))))
                    .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            List<PaymentTerms> out = new ArrayList<>();
            names.forEach((id, name) -> out.add(new PaymentTerms(name, lines.getOrDefault(id, List.of()))));
            return out;
        });
    }

    /** Saves a template under its name, replacing one of the same name. */
    public void save(PaymentTerms t) {
        LocalDateTime now = LocalDateTime.now();
        jdbi.useTransaction(h -> {
            delete(h, t.name());
            long id = h.createUpdate("INSERT INTO payment_term (name, created_at, updated_at) VALUES (:n, :now, :now)")
                    .bind("n", t.name()).bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int seq = 1;
            for (PaymentTerms.Line l : t.lines()) {
                h.createUpdate("INSERT INTO payment_term_line (term_id, seq, label, share_percent, fixed_amount,"
                        + " trigger_event, offset_days, warranty_months, invoice_required, created_at, updated_at)"
                        + " VALUES (:t, :s, :l, :p, :f, :tr, :o, :w, :i, :now, :now)").bind("t", id).bind("s", seq++)
                        .bind("l", l.label()).bind("p", l.percent()).bind("f", l.fixedAmount())
                        .bind("tr", l.trigger().key()).bind("o", l.offsetDays()).bind("w", l.warrantyMonths())
                        .bind("i", l.invoiceRequired()).bind("now", now).execute();
            }
        });
    }

    public void delete(String name) {
        jdbi.useTransaction(h -> delete(h, name));
    }

    private static void delete(org.jdbi.v3.core.Handle h, String name) {
        h.createUpdate("DELETE FROM payment_term_line WHERE term_id IN (SELECT id FROM payment_term WHERE name = :n)")
                .bind("n", name).execute();
        h.createUpdate("DELETE FROM payment_term WHERE name = :n").bind("n", name).execute();
    }
}
