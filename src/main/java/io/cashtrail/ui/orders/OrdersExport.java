package io.cashtrail.ui.orders;

import io.cashtrail.service.TableExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The orders table as the user sees it, for export: the visible columns in their current order with
 * their header texts, and the filtered, sorted rows; money as BigDecimal, dates as LocalDate, days
 * late as a number (empty when not late).
 */
final class OrdersExport {
    private record Spec(TableExport.Type type, Function<OrderRow, Object> value) {
    }

    /** A visible column: its id suffix ("amount") and header text. */
    record Visible(String id, String header) {
    }

    private static final Map<String, Spec> COLUMNS = Map.ofEntries(
            Map.entry("contractNo", text(OrderRow::contractNo)),
            Map.entry("orderNo", text(OrderRow::orderNo)),
            Map.entry("customer", text(OrderRow::customer)),
            Map.entry("owner", text(OrderRow::owner)),
            Map.entry("amount", new Spec(TableExport.Type.MONEY, OrderRow::amount)),
            Map.entry("stage", text(OrderRow::currentStage)),
            Map.entry("next", text(OrderRow::nextStep)),
            Map.entry("nextDate", new Spec(TableExport.Type.DATE, OrderRow::nextDate)),
            Map.entry("late", new Spec(TableExport.Type.NUMBER, r -> r.daysLate() > 0 ? r.daysLate() : null)),
            Map.entry("received", new Spec(TableExport.Type.MONEY, OrderRow::received)),
            Map.entry("outstanding", new Spec(TableExport.Type.MONEY, OrderRow::outstanding)));

    private OrdersExport() {
    }

    private static Spec text(Function<OrderRow, String> f) {
        return new Spec(TableExport.Type.TEXT, f::apply);
    }

    /** The export of {@code rows} (already filtered and sorted) with {@code columns} (visible, in order). */
    static TableExport build(String title, List<Visible> columns, List<OrderRow> rows) {
        List<TableExport.Column> cols = new ArrayList<>();
        List<Spec> specs = new ArrayList<>();
        for (Visible v : columns) {
            Spec s = COLUMNS.get(v.id());
            if (s != null) {
                cols.add(new TableExport.Column(v.header(), s.type()));
                specs.add(s);
            }
        }
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (OrderRow r : rows) {
            List<Object> line = new ArrayList<>(specs.size());
            for (Spec s : specs) {
                line.add(s.value().apply(r));
            }
            out.add(java.util.Collections.unmodifiableList(line));
        }
        return new TableExport(title, List.copyOf(cols), java.util.Collections.unmodifiableList(out));
    }
}
