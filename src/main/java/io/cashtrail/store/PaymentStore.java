package io.cashtrail.store;

import io.cashtrail.domain.Payment;
import io.cashtrail.domain.PaymentMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Payments received, per order or (unallocated) per customer. */
public final class PaymentStore extends RecordStore<Payment> {
    PaymentStore(Jdbi jdbi) {
        super(jdbi, "payment", "payment");
    }

    public List<Payment> forOrder(long orderId) {
        return list("order_id = :o", Map.of("o", orderId));
    }

    public List<Payment> forCustomer(long customerId) {
        return list("customer_id = :c", Map.of("c", customerId));
    }

    @Override
    protected void beforeDelete(org.jdbi.v3.core.Handle h, long id) {
        h.createUpdate("DELETE FROM payment_allocation WHERE payment_id = :id").bind("id", id).execute();
    }

    /** Every payment (for the collections computations), read by column position without sorting. */
    public List<Payment> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, order_id, customer_id, received_date, amount, method,"
                + " reference, notes, version, maturity_date FROM payment").setFetchSize(5000)
                .map((rs, ctx) -> new Payment(rs.getLong(1), longOrNull(rs, "order_id"), rs.getLong(3),
                        rs.getObject(4, java.time.LocalDate.class), rs.getBigDecimal(5),
                        PaymentMethod.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getObject(10, java.time.LocalDate.class))).list());
    }

    @Override
    protected Map<String, Object> columns(Payment p) {
        Map<String, Object> m = cols();
        m.put("order_id", p.orderId());
        m.put("customer_id", p.customerId());
        m.put("received_date", p.receivedDate());
        m.put("amount", p.amount());
        m.put("method", (p.method() == null ? PaymentMethod.BANK_TRANSFER : p.method()).name());
        m.put("reference", p.reference());
        m.put("notes", p.notes());
        m.put("maturity_date", p.maturityDate());
        return m;
    }

    @Override
    protected Payment map(ResultSet rs) throws SQLException {
        return new Payment(rs.getLong("id"), longOrNull(rs, "order_id"), rs.getLong("customer_id"),
                date(rs, "received_date"), rs.getBigDecimal("amount"), PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("reference"), rs.getString("notes"), rs.getInt("version"), date(rs, "maturity_date"));
    }

    @Override
    protected long idOf(Payment p) {
        return p.id();
    }

    @Override
    protected int versionOf(Payment p) {
        return p.version();
    }

    @Override
    protected Long orderIdOf(Payment p) {
        return p.orderId();
    }
}
