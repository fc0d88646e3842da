package io.cashtrail.store;

import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.InvoiceKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Invoices of an order. */
public final class InvoiceStore extends RecordStore<Invoice> {
    InvoiceStore(Jdbi jdbi) {
        super(jdbi, "invoice", "invoice");
    }

    public List<Invoice> forOrder(long orderId) {
        return list("order_id = :o", Map.of("o", orderId));
    }

    /** Every row (for the collections computations). */
    public List<Invoice> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM invoice ORDER BY id").setFetchSize(5000)
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    protected Map<String, Object> columns(Invoice i) {
        Map<String, Object> m = cols();
        m.put("order_id", i.orderId());
        m.put("invoice_no", i.invoiceNo());
        m.put("kind", (i.kind() == null ? InvoiceKind.VAT_SPECIAL : i.kind()).name());
        m.put("issued_date", i.issuedDate());
        m.put("submitted_date", i.submittedDate());
        m.put("amount", i.amount());
        m.put("tax_amount", i.taxAmount());
        m.put("notes", i.notes());
        return m;
    }

    @Override
    protected Invoice map(ResultSet rs) throws SQLException {
        return new Invoice(rs.getLong("id"), rs.getLong("order_id"), rs.getString("invoice_no"),
                InvoiceKind.valueOf(rs.getString("kind")), date(rs, "issued_date"), date(rs, "submitted_date"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("tax_amount"), rs.getString("notes"), rs.getInt("version"));
    }

    @Override
    protected long idOf(Invoice i) {
        return i.id();
    }

    @Override
    protected int versionOf(Invoice i) {
        return i.version();
    }

    @Override
    protected Long orderIdOf(Invoice i) {
        return i.orderId();
    }
}
