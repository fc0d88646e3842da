package io.cashtrail.ui.dashboard;

import io.cashtrail.domain.AgingBucket;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.ui.receivables.Buckets;
import io.cashtrail.ui.receivables.DrillDown;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * The two dashboard charts: aging by due date (default buckets, as of today) and the expected cash
 * of the next 12 months with overdue as its own red bar. Clicking a bar asks for its rows.
 */
final class DashboardCharts {
    private final BarsChart aging = chart("dashboard-aging-chart", "aging.chart.title");
    private final BarsChart forecast = chart("dashboard-forecast-chart", "forecast.chart.titlePlain");
    private final Consumer<DrillDown> drill;

    DashboardCharts(Consumer<DrillDown> drill) {
        this.drill = drill;
    }

    Node agingChart() {
        return aging;
    }

    Node forecastChart() {
        return forecast;
    }

    private static BarsChart chart(String id, String titleKey) {
        BarsChart c = new BarsChart(TodayDigest::compact, b -> b.label() + ": " + Formats.money(b.value()));
        c.setId(id);
        c.setTitle(Messages.get(titleKey));
        return c;
    }

    void show(AgingReport a, ForecastReport f) {
        List<BarsChart.Bar> agingBars = new ArrayList<>();
        for (AgingBucket b : a.buckets()) {
            boolean late = b.maxDays() == null || b.minDays() > 0;
            agingBars.add(bar(Buckets.shortLabel(b), a.totals().get(b), late,
                    new DrillDown(DrillDown.Kind.AGING_BUCKET, b.key())));
        }
        aging.setBars(agingBars);
        List<BarsChart.Bar> months = new ArrayList<>();
        months.add(bar(Messages.get("forecast.chart.overdue"), f.total().overdue(), true,
                new DrillDown(DrillDown.Kind.FORECAST_MONTH, "overdue")));
        for (int i = 0; i < f.months().size(); i++) {
            YearMonth ym = f.months().get(i);
            months.add(bar(label(ym), f.total().perMonth().get(i), false,
                    new DrillDown(DrillDown.Kind.FORECAST_MONTH, ym.toString())));
        }
        forecast.setBars(months);
        if (!f.months().isEmpty()) {
            forecast.setTitle(Messages.get("forecast.chart.title", f.months().get(0).toString(),
                    f.months().get(f.months().size() - 1).toString()));
        }
    }

    private BarsChart.Bar bar(String label, BigDecimal value, boolean late, DrillDown dd) {
        return new BarsChart.Bar(label, value == null ? BigDecimal.ZERO : value, late, () -> drill.accept(dd));
    }

    /** Month numbers keep the axis readable; the title carries the years. */
    private static String label(YearMonth ym) {
        return String.valueOf(ym.getMonthValue());
    }
}
