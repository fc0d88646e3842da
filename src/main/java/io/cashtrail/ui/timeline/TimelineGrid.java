package io.cashtrail.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The bottom layer of the chart: alternate month bands, weekends when showing days, group header
 * bands, the grid lines and each customer's invoice cut-off day in every visible month.
 */
final class TimelineGrid {
    static final Color CUTOFF = Color.web("#7b3294", 0.55);
    private static final Color BAND = Color.web("#f4f6f9");

    private TimelineGrid() {
    }

    static void grid(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last,
            LocalDate from, LocalDate to, List<TimelineHeader.Tick> bottom, TimelineHeader.Unit unit) {
        double left = g.tableWidth();
        double top = g.headerHeight();
        double h = g.height();
        if (g.pxPerDay() >= 0.5) {
            gc.setFill(BAND);
            for (TimelineHeader.Tick m : TimelineHeader.ticks(TimelineHeader.Unit.MONTH, from, to)) {
                if (m.start().getMonthValue() % 2 == 0) {
                    band(gc, g, m.start(), m.end(), top, h - top);
                }
            }
        }
        if (unit == TimelineHeader.Unit.DAY) {
            gc.setFill(Color.web("#eceff3"));
            for (TimelineHeader.Tick t : bottom) {
                if (t.start().getDayOfWeek().getValue() >= 6) {
                    band(gc, g, t.start(), t.end(), top, h - top);
                }
            }
        }
        for (int i = first; i <= last; i++) {
            if (rows.get(i).isGroup()) {
                gc.setFill(TimelineRenderer.GROUP_BG);
                gc.fillRect(left, g.rowTop(i), g.width() - left, g.rowHeight());
            }
        }
        gc.setStroke(TimelineRenderer.GRID);
        gc.setLineWidth(1);
        gc.beginPath();
        for (TimelineHeader.Tick t : bottom) {
            double x = Math.floor(g.dateToX(t.start())) + 0.5;
            if (x > left) {
                gc.moveTo(x, top);
                gc.lineTo(x, h);
            }
        }
        for (int i = first; i <= last + 1; i++) {
            double y = Math.floor(g.rowTop(i)) + 0.5;
            gc.moveTo(left, y);
            gc.lineTo(g.width(), y);
        }
        gc.stroke();
    }

    private static void band(GraphicsContext gc, TimelineGeometry g, LocalDate start, LocalDate endExclusive, double y,
            double height) {
        double x0 = Math.max(g.tableWidth(), g.dateToX(start));
        double x1 = Math.min(g.width(), g.dateToX(endExclusive));
        if (x1 > x0) {
            gc.fillRect(x0, y, x1 - x0, height);
        }
    }

    /** A thin purple line at each customer's invoice cut-off day in every visible month. */
    static void cutoffs(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last,
            LocalDate from, LocalDate to) {
        if (g.pxPerDay() < 0.8) {
            return;
        }
        gc.setStroke(CUTOFF);
        gc.setLineWidth(1);
        gc.beginPath();
        YearMonth m0 = YearMonth.from(from);
        YearMonth m1 = YearMonth.from(to);
        for (int i = first; i <= last; i++) {
            TimelineRow r = rows.get(i);
            Integer day = r.isGroup() ? null : r.order().invoiceCutoffDay();
            if (day == null) {
                continue;
            }
            double top = g.rowTop(i);
            for (YearMonth m = m0; !m.isAfter(m1); m = m.plusMonths(1)) {
                double x = Math.floor(g.dateEndX(m.atDay(Math.min(day, m.lengthOfMonth())))) + 0.5;
                if (x > g.tableWidth()) {
                    gc.moveTo(x, top + 1);
                    gc.lineTo(x, top + g.rowHeight() - 1);
                }
            }
        }
        gc.stroke();
    }
}
