package io.cashtrail.store;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Orders with their stage dates; the summaries that feed the orders screen come from one query. */
public final class OrderStore extends RecordStore<Order> {
    static final List<String> CHILD_TABLES = List.of("shipment", "invoice", "installment", "payment");
    private static final Stage[] STAGES = Stage.values();
    /** The stage columns by stage ordinal (built once: an import writes 100,000 orders). */
    private static final String[] PLANNED = stageColumns("planned_");
    private static final String[] ACTUAL = stageColumns("actual_");
    private static final String[] BASELINE = stageColumns("baseline_");

    private static String[] stageColumns(String prefix) {
        String[] names = new String[STAGES.length];
        for (Stage s : STAGES) {
            names[s.ordinal()] = prefix + s.key();
        }
        return names;
    }

    OrderStore(Jdbi jdbi) {
        super(jdbi, "sales_order", "order");
    }

    /** Every order (e.g. for matching an imported sheet against them in one pass). */
    public List<Order> all() {
        return list("", Map.of());
    }

    public List<Order> forContract(long contractId) {
        return list("contract_id = :c", Map.of("c", contractId));
    }

    /**
     * Every order with its contract no., customer and received amount. Read as plain scans joined
     * in memory: for 100,000 orders this is several times faster than a SQL join on a cold cache.
     */
    public List<OrderSummary> summaries() {
        return summaries(null);
    }

    public List<OrderSummary> summariesForCustomer(long customerId) {
        return summaries(customerId);
    }

    /** Contract id to (contract no., customer id); customer id to name. */
    private record ContractRef(String contractNo, long customerId) {
    }

    private List<OrderSummary> summaries(Long customerId) {
        String contractFilter = customerId == null ? "" : " WHERE customer_id = :cu";
        String orderFilter = customerId == null ? ""
                : " WHERE contract_id IN (SELECT id FROM contract WHERE customer_id = :cu)";
        StringBuilder cols = new StringBuilder("id, contract_id, order_no, owner, amount");
        for (Stage s : Stage.values()) {
            cols.append(", planned_").append(s.key()).append(", actual_").append(s.key());
        }
        return jdbi.withHandle(h -> {
            Map<Long, String> customers = new HashMap<>();
            scan(h, "SELECT id, name FROM customer" + (customerId == null ? "" : " WHERE id = :cu"), customerId,
                    rs -> customers.put(rs.getLong(1), rs.getString(2)));
            Map<Long, ContractRef> contracts = new HashMap<>();
            scan(h, "SELECT id, contract_no, customer_id FROM contract" + contractFilter, customerId,
                    rs -> contracts.put(rs.getLong(1), new ContractRef(rs.getString(2), rs.getLong(3))));
            Map<Long, BigDecimal> received = new HashMap<>();
            scan(h, "SELECT order_id, SUM(amount) FROM payment WHERE order_id IS NOT NULL"
                    + (customerId == null ? "" : " AND customer_id = :cu") + " GROUP BY order_id", customerId,
                    rs -> received.put(rs.getLong(1), rs.getBigDecimal(2)));
            List<OrderSummary> out = new ArrayList<>();
            Stage[] stages = Stage.values();
            scan(h, "SELECT " + cols + " FROM sales_order" + orderFilter, customerId, rs -> {
                long id = rs.getLong(1);
                EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
                for (int i = 0; i < stages.length; i++) {
                    LocalDate p = rs.getObject(6 + 2 * i, LocalDate.class);
                    LocalDate a = rs.getObject(7 + 2 * i, LocalDate.class);
                    if (p != null || a != null) {
                        m.put(stages[i], new StageDate(p, a));
                    }
                }
                ContractRef c = contracts.get(rs.getLong(2));
                out.add(new OrderSummary(id, rs.getLong(2), c.customerId(), c.contractNo(), rs.getString(3),
                        customers.get(c.customerId()), rs.getString(4), rs.getBigDecimal(5),
                        Money.orZero(received.get(id)), StageDates.adopt(m)));
            });
            out.sort(java.util.Comparator.comparingLong(OrderSummary::orderId));
            return out;
        });
    }

    /** One row of a scan. */
    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void scan(Handle h, String sql, Long customerId, RowHandler handler) {
        var q = h.createQuery(sql).setFetchSize(5000);
        if (customerId != null) {
            q.bind("cu", customerId);
        }
        q.scanResultSet((supplier, ctx) -> {
            ResultSet rs = supplier.get();
            while (rs.next()) {
                handler.accept(rs);
            }
            return null;
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
        h.createUpdate("DELETE FROM payment_allocation WHERE installment_id IN (SELECT id FROM installment"
                + " WHERE order_id = :id) OR payment_id IN (SELECT id FROM payment WHERE order_id = :id)")
                .bind("id", id).execute();
        h.createUpdate("DELETE FROM action_state WHERE order_id = :id").bind("id", id).execute();
        for (String t : CHILD_TABLES) {
            h.createUpdate("DELETE FROM " + t + " WHERE order_id = :id").bind("id", id).execute();
        }
        deleteRow(h, id);
    }

    @Override
    Order insert(Handle h, Order row) {
        Order o = super.insert(h, row);
        captureBaseline(h, o.id());
        return o;
    }

    @Override
    Order update(Handle h, Order row) {
        Order o = super.update(h, row);
        captureBaseline(h, o.id());
        return o;
    }

    /** A stage's baseline is its first planned date; later replanning never moves it. */
    private static void captureBaseline(Handle h, long id) {
        StringBuilder sets = new StringBuilder();
        for (Stage s : Stage.values()) {
            sets.append(sets.length() == 0 ? "" : ", ").append("baseline_").append(s.key())
                    .append(" = COALESCE(baseline_").append(s.key()).append(", planned_").append(s.key()).append(")");
        }
        h.createUpdate("UPDATE sales_order SET " + sets + " WHERE id = :id").bind("id", id).execute();
    }

    /** Baseline (first planned) dates of every order, as planned dates of a StageDates. */
    public Map<Long, StageDates> baselines() {
        StringBuilder cols = new StringBuilder("id");
        for (Stage s : Stage.values()) {
            cols.append(", baseline_").append(s.key());
        }
        return jdbi.withHandle(h -> {
            Map<Long, StageDates> out = new HashMap<>();
            Stage[] stages = Stage.values();
            scan(h, "SELECT " + cols + " FROM sales_order", null, rs -> {
                EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
                for (int i = 0; i < stages.length; i++) {
                    LocalDate b = rs.getObject(2 + i, LocalDate.class);
                    if (b != null) {
                        m.put(stages[i], new StageDate(b, null));
                    }
                }
                out.put(rs.getLong(1), StageDates.adopt(m));
            });
            return out;
        });
    }

    @Override
    protected Map<String, Object> columns(Order o) {
        Map<String, Object> m = cols();
        m.put("contract_id", o.contractId());
        m.put("order_no", o.orderNo() == null ? null : o.orderNo().strip());
        m.put("description", o.description());
        m.put("amount", o.amount());
        m.put("owner", o.owner());
        for (Stage s : STAGES) {
            m.put(PLANNED[s.ordinal()], o.stages().planned(s));
            m.put(ACTUAL[s.ordinal()], o.stages().actual(s));
        }
        m.put("notes", o.notes());
        return m;
    }

    /** An insert also sets each stage's baseline to its planned date (what {@code captureBaseline} does). */
    @Override
    protected Map<String, Object> insertColumns(Order o) {
        Map<String, Object> m = columns(o);
        for (Stage s : STAGES) {
            m.put(BASELINE[s.ordinal()], o.stages().planned(s));
        }
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
