package io.cashtrail.ui.dashboard;

import io.cashtrail.domain.Aging;
import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.domain.OrderProgress;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.service.Action;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.CollectionsSnapshot;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.ReceivableLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's collection figures for one day, computed off the FX thread from one snapshot:
 * today's actions, outstanding and overdue, expected and collected this month, aging and forecast.
 */
record DashboardFigures(List<Action> actions, BigDecimal outstanding, BigDecimal overdue, BigDecimal expectedThisMonth,
        BigDecimal collectedThisMonth, AgingReport aging, ForecastReport forecast) {

    static final int MONTHS = 12;

    static DashboardFigures compute(CollectionsService svc, LocalDate today) {
        CollectionsSnapshot snap = svc.load();
        List<Action> actions = svc.actions(snap, today, svc.actionSettings());
        List<ReceivableLine> lines = svc.lines(snap, today);
        BigDecimal outstanding = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        BigDecimal allocatedNow = BigDecimal.ZERO;
        for (ReceivableLine l : lines) {
            outstanding = outstanding.add(l.outstanding());
            allocatedNow = allocatedNow.add(l.allocated());
            if (l.status() == InstallmentStatus.OVERDUE) {
                overdue = overdue.add(l.outstanding());
            }
        }
        LocalDate monthBefore = YearMonth.from(today).atDay(1).minusDays(1);
        BigDecimal allocatedBefore = svc.lines(snap, monthBefore).stream().map(ReceivableLine::allocated)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        ForecastReport forecast = svc.forecast(snap, today, MONTHS, ForecastReport.GroupBy.CUSTOMER);
        AgingReport aging = svc.aging(snap, today, AgingReport.Basis.DUE, snap.agingBuckets(),
                ForecastReport.GroupBy.CUSTOMER);
        return new DashboardFigures(actions, outstanding, overdue, forecast.total().perMonth().get(0),
                allocatedNow.subtract(allocatedBefore).max(BigDecimal.ZERO), aging, forecast);
    }

    /** Orders late at their next step, counted per that step (in stage order). */
    static Map<Stage, Integer> lateByStage(List<OrderSummary> orders, LocalDate today) {
        Map<Stage, Integer> out = new EnumMap<>(Stage.class);
        for (OrderSummary o : orders) {
            OrderProgress p = OrderProgress.of(o.stages(), today);
            if (p.isLate() && !p.isComplete() && p.nextStage() != null) {
                out.merge(p.nextStage(), 1, Integer::sum);
            }
        }
        return out;
    }
}
