package io.cashtrail.service;

import io.cashtrail.domain.AgingBucket;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.i18n.Messages;
import io.cashtrail.report.AgingSummary;
import io.cashtrail.report.ReportColumn;
import io.cashtrail.report.ReportTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns the app's aging figures into report tables: the summary by customer or salesperson (the
 * very figures of {@link CollectionsService#aging}) and the detail, one row per open installment
 * (due basis) or open invoice (invoice basis), whose bucket columns add up to the same totals.
 */
final class AgingExport {
    private final CollectionsService svc;
    private final CollectionsSnapshot snap;
    private final LocalDate asOf;
    private final AgingReport.Basis basis;
    private final List<AgingBucket> buckets;
    private final boolean hasNotDue;

    AgingExport(CollectionsService svc, CollectionsSnapshot snap, LocalDate asOf, AgingReport.Basis basis,
            List<AgingBucket> buckets) {
        this.svc = svc;
        this.snap = snap;
        this.asOf = asOf;
        this.basis = basis;
        this.buckets = buckets;
        AgingBucket first = buckets.get(0);
        this.hasNotDue = first.maxDays() != null && first.maxDays() <= 0;
    }

    /** Localized bucket name for exports: "未到期", "1-30天", "365天以上", "1年以内". */
    static String label(AgingBucket b) {
        String own = "aging.bucket." + b.key();
        if (b.maxDays() != null && b.maxDays() <= 0) {
            return Messages.get("report.bucket.notDue");
        }
        if (Messages.has(own) && !b.key().startsWith("over_")) {
            return Messages.get(own);
        }
        if (b.maxDays() == null) {
            return Messages.get("report.bucket.over", String.valueOf(b.minDays() - 1));
        }
        return Messages.get("report.bucket.range", String.valueOf(b.minDays()), String.valueOf(b.maxDays()));
    }

    List<AgingBucket> overdueBuckets() {
        return hasNotDue ? buckets.subList(1, buckets.size()) : buckets;
    }

    AgingSummary summary(ForecastReport.GroupBy by, String company, String generatedAt) {
        AgingReport r = svc.aging(snap, asOf, basis, buckets, by);
        List<AgingSummary.Figures> rows = new ArrayList<>();
        r.byGroup().forEach((g, totals) -> rows.add(figures(g, totals)));
        rows.sort(Comparator.comparing(AgingSummary.Figures::total).reversed()
                .thenComparing(AgingSummary.Figures::group));
        AgingSummary.Figures totals = figures(Messages.get("report.total"), r.totals());
        if (totals.total().compareTo(Money.normalize(r.total())) != 0) {
            throw new IllegalStateException("aging buckets do not add up to the total");
        }
        return new AgingSummary(Messages.get("report.aging.name"), company, asOf,
                Messages.get("report.basis." + basis.name()), Messages.get("report.by." + by.name()), generatedAt,
                Messages.get(by == ForecastReport.GroupBy.OWNER ? "report.col.owner" : "report.col.customer"),
                Messages.get("report.bucket.notDue"), Messages.get("report.total"),
                overdueBuckets().stream().map(AgingExport::label).toList(), rows, totals);
    }

    private AgingSummary.Figures figures(String group, Map<AgingBucket, BigDecimal> totals) {
        BigDecimal notDue = hasNotDue ? totals.get(buckets.get(0)) : Money.ZERO;
        List<BigDecimal> over = overdueBuckets().stream().map(totals::get).toList();
        BigDecimal total = over.stream().reduce(notDue, BigDecimal::add);
        return new AgingSummary.Figures(group, total, notDue, over);
    }

    /** One detail line before it becomes a row: what is aged, from which date, how much is open. */
    private record Line(OrderSummary order, String item, LocalDate date, BigDecimal amount, BigDecimal allocated,
            BigDecimal open) {
    }

    ReportTable detail(ForecastReport.GroupBy by) {
        List<Line> lines = basis == AgingReport.Basis.DUE ? dueLines() : invoiceLines();
        Comparator<Line> order = Comparator.comparing((Line l) -> CollectionsService.group(l.order(), by))
                .thenComparing(l -> l.order().customerName())
                .thenComparingLong(l -> l.order().orderId())
                .thenComparing(Line::date, Comparator.nullsFirst(Comparator.naturalOrder()));
        lines.sort(order);
        boolean due = basis == AgingReport.Basis.DUE;
        List<ReportColumn> cols = new ArrayList<>(List.of(ReportColumn.text(Messages.get("report.col.customer")),
                ReportColumn.text(Messages.get("report.col.owner")),
                ReportColumn.text(Messages.get("report.col.contractNo")),
                ReportColumn.text(Messages.get("report.col.orderNo")),
                ReportColumn.text(Messages.get(due ? "report.col.installment" : "report.col.invoiceNo")),
                ReportColumn.date(Messages.get(due ? "report.col.dueDate" : "report.col.invoiceDate")),
                ReportColumn.money(Messages.get(due ? "report.col.amount" : "report.col.invoiceAmount")),
                ReportColumn.money(Messages.get("report.col.allocated")),
                ReportColumn.money(Messages.get("report.col.outstanding")),
                ReportColumn.integer(Messages.get(due ? "report.col.daysOverdue" : "report.col.daysSinceInvoice")),
                ReportColumn.text(Messages.get("report.col.bucket")),
                ReportColumn.money(Messages.get("report.bucket.notDue"))));
        overdueBuckets().forEach(b -> cols.add(ReportColumn.money(label(b))));
        int first = 11;
        Map<AgingBucket, Integer> column = new HashMap<>();
        Map<AgingBucket, String> labels = new HashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            column.put(buckets.get(i), hasNotDue ? first + i : first + 1 + i);
            labels.put(buckets.get(i), label(buckets.get(i)));
        }
        int n = cols.size();
        Iterable<Object[]> rows = () -> new Iterator<>() {
            private final Iterator<Line> it = lines.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object[] next() {
                Line l = it.next();
                long days = l.date() == null ? 0 : ChronoUnit.DAYS.between(l.date(), asOf);
                AgingBucket b = bucketFor(days);
                Object[] r = new Object[n];
                OrderSummary o = l.order();
                r[0] = o.customerName();
                r[1] = o.owner();
                r[2] = o.contractNo();
                r[3] = o.orderNo();
                r[4] = l.item();
                r[5] = l.date();
                r[6] = l.amount();
                r[7] = l.allocated();
                r[8] = l.open();
                r[9] = days > 0 ? (Object) days : null;
                r[10] = labels.get(b);
                r[column.get(b)] = l.open();
                return r;
            }
        };
        return new ReportTable(Messages.get("report.sheet.detail"), Messages.get("report.sheet.detail"), cols, rows,
                lines.size(), Messages.get("report.total"), new ReportTable.RowSum(8, first, n - 1));
    }

    private AgingBucket bucketFor(long days) {
        for (AgingBucket b : buckets) {
            if (b.contains(days)) {
                return b;
            }
        }
        throw new IllegalStateException("buckets do not cover " + days + " days");
    }

    private List<Line> dueLines() {
        List<Line> out = new ArrayList<>();
        for (ReceivableLine l : svc.unsortedLines(snap, asOf)) {
            if (l.triggered() && l.outstanding().signum() > 0) {
                out.add(new Line(l.order(), l.installment().label(), l.installment().dueDate(),
                        Money.orZero(l.installment().amount()), l.allocated(), l.outstanding()));
            }
        }
        return out;
    }

    private List<Line> invoiceLines() {
        Map<Long, BigDecimal> allocatedByOrder = new HashMap<>();
        for (ReceivableLine l : svc.unsortedLines(snap, asOf)) {
            allocatedByOrder.merge(l.order().orderId(), l.allocated(), BigDecimal::add);
        }
        List<Line> out = new ArrayList<>();
        snap.invoicesByOrder.forEach((orderId, invoices) -> {
            OrderSummary o = snap.orders.get(orderId);
            if (o == null) {
                return;
            }
            for (CollectionsService.OpenInvoice oi : CollectionsService.openInvoiceLines(invoices,
                    allocatedByOrder.getOrDefault(orderId, Money.ZERO), asOf)) {
                out.add(new Line(o, oi.invoice().invoiceNo(), oi.invoice().issuedDate(), oi.invoice().amount(), null,
                        oi.open()));
            }
        });
        return out;
    }
}
