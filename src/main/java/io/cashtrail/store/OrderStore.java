package io.cashtrail.store;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Orders with their stage dates; the summaries that feed the orders screen come from one query. */
public final class OrderStore extends RecordStore<Order> {
    static final List<String> CHILD_TABLES = List.of("shipment", "invoice", "installment", "payment");

    OrderStore(Jdbi jdbi) {
        super(jdbi, "sales_order", "order");
    }

    public List<Order> forContract(long contractId) {
        return list("contract_id = :c", Map.of("c", contractId));
    }

    /** Every order joined with contract, customer and received amount, in one pass. */
    public List<OrderSummary> summaries() {
        return summaries("", Map.of());
    }

    public List<OrderSummary> summariesForCustomer(long customerId) {
        return summaries("WHERE c.customer_id = :cu", Map.of("cu", customerId));
    }

    private List<OrderSummary> summaries(String where, Map<String, Object> params) {
        String sql = "SELECT o.*, c.contract_no, c.customer_id, cu.name AS customer_name,"
                + " COALESCE(p.received, 0) AS received"
                + " FROM sales_order o JOIN contract c ON c.id = o.contract_id"
                + " JOIN customer cu ON cu.id = c.customer_id"
                + " LEFT JOIN (SELECT order_id, SUM(amount) AS received FROM payment WHERE order_id IS NOT NULL"
                + " GROUP BY order_id) p ON p.order_id = o.id " + where + " ORDER BY o.id";
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql).setFetchSize(2000);
            params.forEach(q::bind);
            List<OrderSummary> out = new ArrayList<>();
            q.scanResultSet((supplier, ctx) -> {
                ResultSet rs = supplier.get();
                while (rs.next()) {
                    out.add(new OrderSummary(rs.getLong("id"), rs.getLong("contract_id"), rs.getLong("customer_id"),
                            rs.getString("contract_no"), rs.getString("order_no"), rs.getString("customer_name"),
                            rs.getString("owner"), rs.getBigDecimal("amount"),
                            Money.normalize(rs.getBigDecimal("received")), stages(rs)));
                }
                return null;
            });
            return out;
        });
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sales_order").mapTo(Integer.class).one());
    }

    /** Number of shipments, invoices, installments and payments that belong to an order. */
    public Map<String, Integer> dependents(long orderId) {
        return jdbi.withHandle(h -> dependents(h, orderId));
    }

    private Map<String, Integer> dependents(Handle h, long orderId) {
        Map<String, Integer> deps = new LinkedHashMap<>();
        for (String t : CHILD_TABLES) {
            int n = h.createQuery("SELECT COUNT(*) FROM " + t + " WHERE order_id = :id").bind("id", orderId)
                    .mapTo(Integer.class).one();
            if (n > 0) {
                deps.put(t, n);
            }
        }
        return deps;
    }

    public void delete(long id, boolean cascade) {
        jdbi.useTransaction(h -> delete(h, id, cascade));
    }

    @Override
    public void delete(long id) {
        delete(id, false);
    }

    void delete(Handle h, long id, boolean cascade) {
        Map<String, Integer> deps = dependents(h, id);
        if (!deps.isEmpty() && !cascade) {
            throw new DependentsExistException("order", id, deps);
        }
        for (String t : CHILD_TABLES) {
            h.createUpdate("DELETE FROM " + t + " WHERE order_id = :id").bind("id", id).execute();
        }
        deleteRow(h, id);
    }

    @Override
    protected Map<String, Object> columns(Order o) {
        Map<String, Object> m = cols();
        m.put("contract_id", o.contractId());
        m.put("order_no", o.orderNo() == null ? null : o.orderNo().strip());
        m.put("description", o.description());
        m.put("amount", o.amount());
        m.put("owner", o.owner());
        for (Stage s : Stage.values()) {
            m.put("planned_" + s.key(), o.stages().planned(s));
            m.put("actual_" + s.key(), o.stages().actual(s));
        }
        m.put("notes", o.notes());
        return m;
    }

    @Override
    protected Order map(ResultSet rs) throws SQLException {
        return new Order(rs.getLong("id"), rs.getLong("contract_id"), rs.getString("order_no"),
                rs.getString("description"), rs.getBigDecimal("amount"), rs.getString("owner"), stages(rs),
                rs.getString("notes"), rs.getInt("version"), ts(rs, "created_at"), ts(rs, "updated_at"));
    }

    private static StageDates stages(ResultSet rs) throws SQLException {
        EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            var p = date(rs, "planned_" + s.key());
            var a = date(rs, "actual_" + s.key());
            if (p != null || a != null) {
                m.put(s, new StageDate(p, a));
            }
        }
        return StageDates.of(m);
    }

    @Override
    protected long idOf(Order o) {
        return o.id();
    }

    @Override
    protected int versionOf(Order o) {
        return o.version();
    }

    @Override
    protected Long orderIdOf(Order o) {
        return o.id();
    }

    @Override
    protected String describe(Order o) {
        return o.orderNo();
    }

    @Override
    protected RuntimeException translate(RuntimeException e, Order o) {
        return isUniqueViolation(e) ? new DuplicateKeyException("orderNo", o.orderNo(), e) : e;
    }
}
