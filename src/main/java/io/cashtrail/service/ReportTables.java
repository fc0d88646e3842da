package io.cashtrail.service;

import io.cashtrail.domain.OrderProgress;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Messages;
import io.cashtrail.report.ColumnKind;
import io.cashtrail.report.ReportColumn;
import io.cashtrail.report.ReportTable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The forecast, receivables and orders list as report tables (the aging has its own, {@link AgingExport}). */
final class ReportTables {
    private ReportTables() {
    }

    static ReportTable forecast(ForecastReport f) {
        List<ReportColumn> cols = new ArrayList<>();
        cols.add(ReportColumn.text(Messages.get("report.col.group")));
        cols.add(ReportColumn.money(Messages.get("report.col.overdue")));
        f.months().forEach(m -> cols.add(ReportColumn.money(m.toString())));
        cols.add(ReportColumn.money(Messages.get("report.col.later")));
        cols.add(ReportColumn.money(Messages.get("report.total")));
        List<Object[]> rows = new ArrayList<>();
        for (ForecastReport.Row r : f.rows()) {
            Object[] v = new Object[cols.size()];
            v[0] = r.group();
            v[1] = r.overdue();
            for (int i = 0; i < r.perMonth().size(); i++) {
                v[2 + i] = r.perMonth().get(i);
            }
            v[cols.size() - 2] = r.later();
            v[cols.size() - 1] = r.total();
            rows.add(v);
        }
        return new ReportTable(Messages.get("report.forecast.sheet"), null, cols, rows, rows.size(),
                Messages.get("report.total"), new ReportTable.RowSum(cols.size() - 1, 1, cols.size() - 2));
    }

    static ReportTable receivables(List<ReceivableLine> all, LocalDate asOf, ForecastReport.GroupBy by) {
        List<ReceivableLine> lines = new ArrayList<>();
        for (ReceivableLine l : all) {
            if (l.outstanding().signum() > 0) {
                lines.add(l);
            }
        }
        lines.sort(Comparator.comparing((ReceivableLine l) -> CollectionsService.group(l.order(), by))
                .thenComparing(l -> l.order().customerName()).thenComparingLong(l -> l.order().orderId())
                .thenComparingInt(l -> l.installment().seq()));
        boolean owner = by == ForecastReport.GroupBy.OWNER;
        List<ReportColumn> cols = List.of(ReportColumn.text(Messages.get(owner ? "report.col.owner" : "report.col.customer")),
                ReportColumn.text(Messages.get(owner ? "report.col.customer" : "report.col.owner")),
                ReportColumn.text(Messages.get("report.col.contractNo")),
                ReportColumn.text(Messages.get("report.col.orderNo")),
                ReportColumn.text(Messages.get("report.col.installment")),
                ReportColumn.text(Messages.get("report.col.status")),
                ReportColumn.date(Messages.get("report.col.dueDate")),
                ReportColumn.money(Messages.get("report.col.amount")),
                ReportColumn.money(Messages.get("report.col.allocated")),
                ReportColumn.money(Messages.get("report.col.outstanding")),
                ReportColumn.integer(Messages.get("report.col.daysOverdue")));
        Iterable<Object[]> rows = () -> lines.stream().map(l -> {
            OrderSummary o = l.order();
            LocalDate due = l.installment().dueDate();
            long late = l.triggered() && due != null ? ChronoUnit.DAYS.between(due, asOf) : 0;
            return new Object[] {owner ? o.owner() : o.customerName(), owner ? o.customerName() : o.owner(),
                o.contractNo(), o.orderNo(), l.installment().label(),
                Messages.get("receivables.status." + l.status().name()), due,
                io.cashtrail.domain.Money.orZero(l.installment().amount()), l.allocated(), l.outstanding(),
                late > 0 ? (Object) late : null};
        }).iterator();
        return new ReportTable(Messages.get("report.receivables.sheet"), null, cols, rows, lines.size(),
                Messages.get("report.total"), null);
    }

    /** The orders list with the screen's columns and filter; headers the importer recognises. */
    static io.cashtrail.service.TableExport orders(List<OrderSummary> list, LocalDate today, String filter) {
        String[] words = OrderFilter.words(filter);
        List<List<Object>> rows = new ArrayList<>();
        for (OrderSummary s : list) {
            OrderProgress p = OrderProgress.of(s.stages(), today);
            String current = p.currentStage() == null ? Messages.get("stage.none") : stage(p.currentStage());
            if (words.length > 0 && !OrderFilter.matches(OrderFilter.searchKey(s, current), words)) {
                continue;
            }
            String next = p.nextStage() == null ? Messages.get("stage.done") : stage(p.nextStage());
            List<Object> r = new ArrayList<>(11);
            r.add(s.contractNo());
            r.add(s.orderNo());
            r.add(s.customerName());
            r.add(s.owner());
            r.add(s.amount());
            r.add(current);
            r.add(next);
            r.add(p.nextPlanned());
            r.add(p.daysLate() > 0 ? p.daysLate() : null);
            r.add(s.received());
            r.add(s.outstanding());
            rows.add(r);
        }
        TableExport.Type text = TableExport.Type.TEXT;
        TableExport.Type money = TableExport.Type.MONEY;
        List<TableExport.Column> cols = List.of(col("contractNo", text), col("orderNo", text), col("customer", text),
                col("owner", text), col("orderAmount", money), col("stage", text), col("next", text),
                col("nextDate", TableExport.Type.DATE), col("late", TableExport.Type.NUMBER),
                col("received", money), col("outstanding", money));
        return new TableExport(Messages.get("report.orders.name"), cols, rows);
    }

    private static TableExport.Column col(String key, TableExport.Type type) {
        return new TableExport.Column(Messages.get("report.col." + key), type);
    }

    private static String stage(Stage s) {
        return Messages.get("stage." + s.key());
    }

    /** A screen table as a report table; money columns get a totals row. */
    static ReportTable table(TableExport t) {
        List<ReportColumn> cols = new ArrayList<>();
        boolean anyMoney = false;
        for (TableExport.Column c : t.columns()) {
            ColumnKind k = switch (c.type()) {
                case TEXT -> ColumnKind.TEXT;
                case MONEY -> ColumnKind.MONEY;
                case DATE -> ColumnKind.DATE;
                case NUMBER -> ColumnKind.INTEGER;
            };
            anyMoney |= k == ColumnKind.MONEY;
            cols.add(new ReportColumn(c.header(), k, k == ColumnKind.MONEY));
        }
        ColumnKind[] kinds = cols.stream().map(ReportColumn::kind).toArray(ColumnKind[]::new);
        Iterable<Object[]> rows = () -> t.rows().stream().map(r -> cells(r, kinds)).iterator();
        return new ReportTable(sheetName(t.title()), null, cols, rows, t.rows().size(),
                anyMoney ? Messages.get("report.total") : null, null);
    }

    /** The row's values, amounts as BigDecimal and whole numbers as Long whatever the screen handed over. */
    private static Object[] cells(List<Object> row, ColumnKind[] kinds) {
        Object[] v = new Object[kinds.length];
        for (int c = 0; c < kinds.length && c < row.size(); c++) {
            Object x = row.get(c);
            v[c] = x == null ? null : switch (kinds[c]) {
                case MONEY -> x instanceof java.math.BigDecimal b ? b : new java.math.BigDecimal(x.toString());
                case INTEGER -> x instanceof Number nb ? (Object) nb.longValue() : x.toString();
                case DATE -> x instanceof LocalDate ? x : x.toString();
                case TEXT -> x.toString();
            };
        }
        return v;
    }

    static String sheetName(String title) {
        String s = title == null || title.isBlank() ? "Sheet1" : title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
