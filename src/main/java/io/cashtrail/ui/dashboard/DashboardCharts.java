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
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The two dashboard charts: aging by due date (default buckets, as of today) and the expected cash
 * of the next 12 months with overdue as its own red bar. Clicking a bar asks for its rows.
 */
final class DashboardCharts {
    private final BarChart<String, Number> aging = chart("dashboard-aging-chart", "aging.chart.title");
    private final BarChart<String, Number> forecast = chart("dashboard-forecast-chart", "forecast.chart.titlePlain");
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

    private static BarChart<String, Number> chart(String id, String titleKey) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return TodayDigest.compact(new BigDecimal(n.toString()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        BarChart<String, Number> c = new BarChart<>(x, y);
        c.setId(id);
        c.setTitle(Messages.get(titleKey));
        c.setAnimated(false);
        c.setLegendVisible(false);
        c.setCategoryGap(6);
        c.setBarGap(1);
        c.setMinHeight(120);
        c.setPrefHeight(170);
        x.setTickLabelRotation(0);
        x.setTickLabelGap(2);
        return c;
    }

    void show(AgingReport a, ForecastReport f) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (AgingBucket b : a.buckets()) {
            BigDecimal v = a.totals().get(b);
            XYChart.Data<String, Number> d = new XYChart.Data<>(Buckets.shortLabel(b), v);
            s.getData().add(d);
            onNode(d, new DrillDown(DrillDown.Kind.AGING_BUCKET, b.key()), v, b.maxDays() == null || b.minDays() > 0);
        }
        aging.getData().setAll(java.util.List.of(s));
        XYChart.Series<String, Number> m = new XYChart.Series<>();
        XYChart.Data<String, Number> overdue = new XYChart.Data<>(Messages.get("forecast.chart.overdue"),
                f.total().overdue());
        m.getData().add(overdue);
        onNode(overdue, new DrillDown(DrillDown.Kind.FORECAST_MONTH, "overdue"), f.total().overdue(), true);
        for (int i = 0; i < f.months().size(); i++) {
            YearMonth ym = f.months().get(i);
            BigDecimal v = f.total().perMonth().get(i);
            XYChart.Data<String, Number> d = new XYChart.Data<>(label(ym), v);
            m.getData().add(d);
            onNode(d, new DrillDown(DrillDown.Kind.FORECAST_MONTH, ym.toString()), v, false);
        }
        forecast.getData().setAll(java.util.List.of(m));
        if (!f.months().isEmpty()) {
            forecast.setTitle(Messages.get("forecast.chart.title", f.months().get(0).toString(),
                    f.months().get(f.months().size() - 1).toString()));
        }
    }

    /** Month numbers keep the axis readable; the title carries the years. */
    private static String label(YearMonth ym) {
        return String.valueOf(ym.getMonthValue());
    }

    private void onNode(XYChart.Data<String, Number> d, DrillDown dd, BigDecimal v, boolean late) {
        Consumer<Node> wire = n -> {
            n.setStyle(late ? "-fx-bar-fill: -ct-late;" : "-fx-bar-fill: -ct-accent;");
            n.setOnMouseClicked(e -> drill.accept(dd));
            n.setCursor(javafx.scene.Cursor.HAND);
            Tooltip.install(n, new Tooltip(d.getXValue() + ": " + Formats.money(v)));
        };
        if (d.getNode() != null) {
            wire.accept(d.getNode());
        } else {
            d.nodeProperty().addListener((o, a, n) -> {
                if (n != null) {
                    wire.accept(n);
                }
            });
        }
    }
}
