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
        StringBuilder cols = new StringBuilder("o.id, o.contract_id, c.customer_id, c.contract_no, o.order_no,"
                + " cu.name, o.owner, o.amount");
        for (Stage s : Stage.values()) {
            cols.append(", o.planned_").append(s.key()).append(", o.actual_").append(s.key());
        }
        String sql = "SELECT " + cols + " FROM sales_order o JOIN contract c ON c.id = o.contract_id"
                + " JOIN customer cu ON cu.id = c.customer_id " + where + " ORDER BY o.id";
        return jdbi.withHandle(h -> {
            Map<Long, java.math.BigDecimal> received = new java.util.HashMap<>();
            var r = h.createQuery("SELECT p.order_id, SUM(p.amount) FROM payment p"
                    + (where.isEmpty() ? "" : " JOIN sales_order o ON o.id = p.order_id"
                            + " JOIN contract c ON c.id = o.contract_id " + where)
                    + (where.isEmpty() ? " WHERE" : " AND") + " p.order_id IS NOT NULL GROUP BY p.order_id");
            params.forEach(r::bind);
            r.scanResultSet((supplier, ctx) -> {
                ResultSet rs = supplier.get();
                while (rs.next()) {
                    received.put(rs.getLong(1), rs.getBigDecimal(2));
                }
                return null;
            });
            var q = h.createQuery(sql).setFetchSize(5000);
            params.forEach(q::bind);
            List<OrderSummary> out = new ArrayList<>();
            Stage[] stages = Stage.values();
            q.scanResultSet((supplier, ctx) -> {
                ResultSet rs = supplier.get();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
                    for (int i = 0; i < stages.length; i++) {
                        var p = rs.getObject(9 + 2 * i, java.time.LocalDate.class);
                        var a = rs.getObject(10 + 2 * i, java.time.LocalDate.class);
                        if (p != null || a != null) {
                            m.put(stages[i], new StageDate(p, a));
                        }
                    }
                    out.add(new OrderSummary(id, rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                            Money.orZero(received.get(id)), StageDates.of(m)));
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
