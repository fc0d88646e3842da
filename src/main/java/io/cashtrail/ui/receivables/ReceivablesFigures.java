package io.cashtrail.ui.receivables;

import io.cashtrail.domain.Aging;
import io.cashtrail.domain.AgingBucket;
import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.domain.OrderProgress;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.CollectionsSnapshot;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.ReceivableLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.control.TreeItem;

/**
 * Everything the receivables screen shows for one set of choices (as-of date, grouping, basis,
 * buckets, drill-down filter), computed from the loaded snapshot off the FX thread.
 */
record ReceivablesFigures(TreeItem<ReceivableRow> tree, AgingReport aging, ForecastReport forecast,
        List<String> agingHeaders, List<FigureTable.Row> agingRows, List<String> forecastHeaders,
        List<FigureTable.Row> forecastRows) {

    /** The user's choices. */
    record Choice(LocalDate asOf, ForecastReport.GroupBy by, AgingReport.Basis basis, boolean yearly,
            DrillDown filter) {
    }

    static final int MONTHS = 12;
    private static final java.util.Comparator<FigureTable.Row> BIGGEST_FIRST = (a, b) ->
            b.values().get(b.values().size() - 1).compareTo(a.values().get(a.values().size() - 1));

    static ReceivablesFigures compute(CollectionsService svc, CollectionsSnapshot snap, Choice c) {
        List<ReceivableLine> lines = svc.lines(snap, c.asOf());
        Map<Long, BigDecimal> credits = svc.credits(snap, c.asOf());
        TreeItem<ReceivableRow> tree = ReceivablesTree.build(lines, credits, svc.orderFigures(snap, c.asOf(), lines),
                svc.expectations(snap, c.asOf()), c.by(), lineFilter(lines, c));
        List<AgingBucket> buckets = c.yearly() ? Aging.yearlyBuckets() : snap.agingBuckets();
        AgingReport aging = svc.aging(snap, c.asOf(), c.basis(), buckets, c.by());
        List<String> agingHeaders = new ArrayList<>();
        buckets.forEach(b -> agingHeaders.add(Buckets.shortLabel(b)));
        agingHeaders.add(Messages.get("aging.total"));
        List<FigureTable.Row> agingRows = new ArrayList<>();
        aging.byGroup().forEach((g, m) -> agingRows.add(agingRow(g, m, buckets, false)));
        agingRows.sort(BIGGEST_FIRST);
        if (!agingRows.isEmpty()) {
            agingRows.add(agingRow(Messages.get("aging.total"), aging.totals(), buckets, true));
        }
        ForecastReport forecast = svc.forecast(snap, c.asOf(), MONTHS, c.by());
        List<String> fh = new ArrayList<>();
        fh.add(Messages.get("forecast.overdue"));
        forecast.months().forEach(m -> fh.add(m.toString()));
        fh.add(Messages.get("forecast.later"));
        fh.add(Messages.get("forecast.total"));
        Predicate<ForecastReport.Row> keep = forecastFilter(forecast, c.filter());
        List<FigureTable.Row> fr = new ArrayList<>();
        forecast.rows().stream().filter(keep).forEach(r -> fr.add(forecastRow(r.group(), r, false)));
        fr.sort(BIGGEST_FIRST);
        if (!fr.isEmpty()) {
            fr.add(forecastRow(Messages.get("forecast.total"), forecast.total(), true));
        }
        return new ReceivablesFigures(tree, aging, forecast, agingHeaders, agingRows, fh, fr);
    }

    private static FigureTable.Row agingRow(String g, Map<AgingBucket, BigDecimal> m, List<AgingBucket> buckets,
            boolean total) {
        List<BigDecimal> v = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (AgingBucket b : buckets) {
            BigDecimal x = m.getOrDefault(b, BigDecimal.ZERO);
            v.add(x);
            sum = sum.add(x);
        }
        v.add(sum);
        return new FigureTable.Row(g, v, total);
    }

    private static FigureTable.Row forecastRow(String g, ForecastReport.Row r, boolean total) {
        List<BigDecimal> v = new ArrayList<>();
        v.add(r.overdue());
        v.addAll(r.perMonth());
        v.add(r.later());
        v.add(r.total());
        return new FigureTable.Row(g, v, total);
    }

    /** Which installments the tree shows: those of orders with money open, or what a drill-down asks for. */
    static Predicate<ReceivableLine> lineFilter(List<ReceivableLine> lines, Choice c) {
        DrillDown d = c.filter();
        LocalDate asOf = c.asOf();
        if (d == null || d.kind() == DrillDown.Kind.OUTSTANDING || d.kind() == DrillDown.Kind.FORECAST_MONTH) {
            Set<Long> open = new HashSet<>();
            lines.stream().filter(l -> l.outstanding().signum() > 0).forEach(l -> open.add(l.order().orderId()));
            return l -> open.contains(l.order().orderId());
        }
        return switch (d.kind()) {
            case OVERDUE -> l -> l.status() == InstallmentStatus.OVERDUE;
            case AGING_BUCKET -> {
                AgingBucket b = Aging.bucketForKey(d.key());
                yield l -> b != null && l.triggered() && l.outstanding().signum() > 0
                        && b.contains(l.installment().dueDate() == null ? 0
                                : ChronoUnit.DAYS.between(l.installment().dueDate(), asOf));
            }
            case LATE_STAGE -> l -> {
                if (l.outstanding().signum() <= 0) {
                    return false;
                }
                OrderProgress p = OrderProgress.of(l.order().stages(), asOf);
                return p.isLate() && p.nextStage() != null && p.nextStage().name().equals(d.key());
            };
            default -> l -> true;
        };
    }

    private static Predicate<ForecastReport.Row> forecastFilter(ForecastReport f, DrillDown d) {
        if (d == null || d.kind() != DrillDown.Kind.FORECAST_MONTH || d.key() == null) {
            return r -> true;
        }
        if ("overdue".equals(d.key())) {
            return r -> r.overdue().signum() > 0;
        }
        int idx = f.months().indexOf(YearMonth.parse(d.key()));
        return r -> idx >= 0 && r.perMonth().get(idx).signum() > 0;
    }
}
