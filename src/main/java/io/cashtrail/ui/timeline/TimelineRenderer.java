package io.cashtrail.ui.timeline;

import static io.cashtrail.ui.timeline.TimelineGeometry.INSTALLMENT_R;
import static io.cashtrail.ui.timeline.TimelineGeometry.INSTALLMENT_Y;
import static io.cashtrail.ui.timeline.TimelineGeometry.MILESTONE_HALF;
import static io.cashtrail.ui.timeline.TimelineGeometry.MILESTONE_Y;
import static io.cashtrail.ui.timeline.TimelineGeometry.PLAN_HEIGHT;
import static io.cashtrail.ui.timeline.TimelineGeometry.PLAN_TOP;

import io.cashtrail.domain.Milestone;
import io.cashtrail.domain.PhaseView;
import io.cashtrail.domain.Span;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.TimelineInstallment;
import io.cashtrail.ui.common.StageColors;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the visible part of the timeline on a canvas, layer by layer over the visible rows only:
 * grid and month bands with cut-off marks, baseline, plan outlines, actual fills, forecast hatches,
 * milestones, installments, today line, selection and hover; then the left table and the header on
 * top. The cost depends on the window size, not on the number of orders.
 */
public final class TimelineRenderer {
    private static final Color BG = Color.WHITE;
    private static final Color BAND = Color.web("#f4f6f9");
    private static final Color GRID = Color.web("#e3e7ec");
    private static final Color GRID_STRONG = Color.web("#c5ccd4");
    private static final Color GROUP_BG = Color.web("#e9edf2");
    private static final Color HEADER_BG = Color.web("#f3f5f8");
    private static final Color TEXT = Color.web("#1f2933");
    private static final Color MUTED = Color.web("#5b6470");
    static final Color CUTOFF = Color.web("#7b3294", 0.55);
    private static final Color SELECTED = Color.color(0.16, 0.45, 0.85, 0.14);
    private static final Color HOVER = Color.color(0.1, 0.1, 0.1, 0.85);
    private static final Color PAID = Color.web("#3b4650");
    private static final Color LABEL_GROUND = Color.color(1, 1, 1, 0.88);
    static final double[] COLUMNS = {0, 106, 200, 302, TimelineGeometry.TABLE_WIDTH};

    private final Font font = Font.font(12);
    private final Font small = Font.font(10);
    private final Font bold = Font.font(null, FontWeight.BOLD, 12);
    private final TextWidths widths = new TextWidths();
    private String lateFormat;
    private java.util.Locale lateLocale;

    /** What the renderer needs besides rows and geometry. */
    public static final class State {
        public LocalDate today = LocalDate.now();
        public boolean baseline;
        public int selected = -1;
        public TimelineHit hover = TimelineHit.NOTHING;
        /** A plan bar being dragged: its row and phase, and the days its start and end move. */
        public int dragRow = -1;
        public PhaseView dragPhase;
        public long dragStartDays;
        public long dragEndDays;
        public String[] columnTitles = {"", "", "", ""};
        /** Shown in the middle when there are no rows (loading, no orders, nothing matches). */
        public String emptyText = "";
    }

    public void draw(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, State s) {
        double w = g.width();
        double h = g.height();
        gc.setFill(BG);
        gc.fillRect(0, 0, w, h);
        int first = g.firstVisibleRow();
        int last = g.lastVisibleRow(rows.size());
        long d0 = g.firstVisibleDay();
        long d1 = g.lastVisibleDay();
        LocalDate from = LocalDate.ofEpochDay(d0);
        LocalDate to = LocalDate.ofEpochDay(d1);
        TimelineHeader.Unit[] units = TimelineHeader.units(g.pxPerDay());
        List<TimelineHeader.Tick> bottom = TimelineHeader.ticks(units[1], from, to);

        grid(gc, g, rows, first, last, from, to, bottom, units[1]);
        cutoffs(gc, g, rows, first, last, from, to);
        if (s.baseline) {
            baselines(gc, g, rows, first, last);
        }
        plans(gc, g, rows, first, last);
        actuals(gc, g, rows, first, last);
        forecasts(gc, g, rows, first, last);
        milestones(gc, g, rows, first, last);
        installments(gc, g, rows, first, last, s.today);
        lateLabels(gc, g, rows, first, last);
        today(gc, g, s.today);
        selection(gc, g, rows, s, first, last);
        table(gc, g, rows, first, last, s);
        header(gc, g, units, from, to, bottom, s);
        if (rows.isEmpty() && !s.emptyText.isEmpty()) {
            gc.setFont(font);
            gc.setFill(MUTED);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(s.emptyText, w / 2, g.headerHeight() + 60);
        }
    }

    private void grid(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last,
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
                gc.setFill(GROUP_BG);
                gc.fillRect(left, g.rowTop(i), g.width() - left, g.rowHeight());
            }
        }
        gc.setStroke(GRID);
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
    private void cutoffs(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last,
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

    private void baselines(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last) {
        gc.setFont(small);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int i = first; i <= last; i++) {
            for (PhaseView p : rows.get(i).phases()) {
                TimelineBars b = TimelineBars.place(g, i, p);
                if (b.baseline() == null) {
                    continue;
                }
                TimelineBars.Rect r = b.baseline();
                gc.setFill(StageColors.BASELINE);
                gc.fillRect(r.x(), r.y(), r.w(), r.h());
                if (p.slipDays() != 0 && b.plan() != null) {
                    double px = Math.max(r.right(), b.plan().right());
                    gc.setFill(p.slipDays() > 0 ? StageColors.LATE : MUTED);
                    gc.fillText((p.slipDays() > 0 ? "+" : "") + p.slipDays() + Messages.get("timeline.dayUnit"),
                            px + 3, r.y() + 1);
                }
            }
        }
    }

    private void plans(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last) {
        for (int i = first; i <= last; i++) {
            for (PhaseView p : rows.get(i).phases()) {
                TimelineBars b = TimelineBars.place(g, i, p);
                if (b.plan() == null) {
                    continue;
                }
                gc.setStroke(b.late() ? StageColors.LATE : StageColors.color(p.phase()));
                gc.setLineWidth(b.late() ? 2 : 1.2);
                TimelineBars.Rect r = b.plan();
                gc.strokeRect(r.x() + 0.5, r.y() + 0.5, Math.max(1, r.w() - 1), r.h() - 1);
            }
        }
        gc.setLineWidth(1);
    }

    private void actuals(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last) {
        for (int i = first; i <= last; i++) {
            for (PhaseView p : rows.get(i).phases()) {
                TimelineBars.Rect r = p.actual() == null ? null : TimelineBars.place(g, i, p).actual();
                if (r != null) {
                    gc.setFill(StageColors.fill(p.phase()));
                    gc.fillRect(r.x(), r.y(), r.w(), r.h());
                }
            }
        }
    }

    private void forecasts(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last) {
        gc.setFont(small);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int i = first; i <= last; i++) {
            for (PhaseView p : rows.get(i).phases()) {
                TimelineBars b = TimelineBars.place(g, i, p);
                if (b.forecast() != null) {
                    TimelineBars.Rect r = b.forecast();
                    gc.setFill(StageColors.hatch(p.phase()));
                    gc.fillRect(r.x(), r.y(), r.w(), r.h());
                }
            }
        }
    }

    /** "N d late" after each late phase, on a white ground so it stays readable over other bars. */
    private void lateLabels(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last) {
        gc.setFont(small);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int i = first; i <= last; i++) {
            for (PhaseView p : rows.get(i).phases()) {
                if (p.state() != PhaseView.State.LATE) {
                    continue;
                }
                double x = TimelineBars.place(g, i, p).right() + 3;
                if (x > g.width() || x < g.tableWidth() - 60) {
                    continue;
                }
                String text = late(p.daysLate());
                double cy = g.rowTop(i) + PLAN_TOP + PLAN_HEIGHT / 2;
                gc.setFill(LABEL_GROUND);
                gc.fillRect(x - 2, cy - 7, widths.of(text, small) + 4, 14);
                gc.setFill(StageColors.LATE);
                gc.fillText(text, x, cy);
            }
        }
    }

    private String late(int days) {
        if (lateFormat == null || lateLocale != Messages.locale()) {
            lateFormat = Messages.get("timeline.lateShort");
            lateLocale = Messages.locale();
        }
        return lateFormat.replace("{0}", Integer.toString(days));
    }

    private void milestones(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last) {
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int i = first; i <= last; i++) {
            double cy = g.rowTop(i) + MILESTONE_Y;
            for (Milestone m : rows.get(i).milestones()) {
                double cx = HitTester.center(g, m.date());
                if (cx < g.tableWidth() - MILESTONE_HALF || cx > g.width() + MILESTONE_HALF) {
                    continue;
                }
                xs[0] = cx;
                ys[0] = cy - MILESTONE_HALF;
                xs[1] = cx + MILESTONE_HALF;
                ys[1] = cy;
                xs[2] = cx;
                ys[2] = cy + MILESTONE_HALF;
                xs[3] = cx - MILESTONE_HALF;
                ys[3] = cy;
                Color c = StageColors.color(m.stage());
                gc.setFill(m.done() ? c : Color.WHITE);
                gc.fillPolygon(xs, ys, 4);
                gc.setStroke(m.daysLate() > 0 ? StageColors.LATE : c.darker());
                gc.setLineWidth(m.daysLate() > 0 ? 2 : 1.2);
                gc.strokePolygon(xs, ys, 4);
            }
        }
        gc.setLineWidth(1);
    }

    private void installments(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last,
            LocalDate today) {
        double r = INSTALLMENT_R;
        for (int i = first; i <= last; i++) {
            double cy = g.rowTop(i) + INSTALLMENT_Y;
            for (TimelineInstallment in : rows.get(i).installments()) {
                if (in.dueDate() == null) {
                    continue;
                }
                double cx = HitTester.center(g, in.dueDate());
                if (cx < g.tableWidth() - r || cx > g.width() + r) {
                    continue;
                }
                boolean overdue = !in.paid() && in.dueDate().isBefore(today);
                gc.setFill(in.paid() ? PAID : Color.WHITE);
                gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                gc.setStroke(overdue ? StageColors.LATE : PAID);
                gc.setLineWidth(overdue ? 1.8 : 1.2);
                gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            }
        }
        gc.setLineWidth(1);
    }

    private void today(GraphicsContext gc, TimelineGeometry g, LocalDate today) {
        double x = Math.floor(HitTester.center(g, today)) + 0.5;
        if (x < g.tableWidth() || x > g.width()) {
            return;
        }
        gc.setStroke(StageColors.TODAY);
        gc.setLineWidth(1.5);
        gc.strokeLine(x, g.headerHeight(), x, g.height());
        gc.setLineWidth(1);
    }

    private void selection(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, State s, int first,
            int last) {
        if (s.selected >= first && s.selected <= last) {
            gc.setFill(SELECTED);
            gc.fillRect(0, g.rowTop(s.selected), g.width(), g.rowHeight());
        }
        TimelineHit hv = s.hover;
        if (hv.kind() == TimelineHit.Kind.PHASE && hv.row() >= first && hv.row() <= last) {
            Span sp = hv.phase().plan() != null ? hv.phase().plan()
                    : hv.phase().actual() != null ? hv.phase().actual() : hv.phase().forecast();
            double top = g.rowTop(hv.row());
            double x0 = g.dateToX(sp.start());
            double x1 = g.dateEndX(sp.end());
            gc.setStroke(HOVER);
            gc.setLineWidth(hv.part() == TimelineHit.Part.END ? 1 : 1.5);
            gc.strokeRect(x0 - 1.5, top + PLAN_TOP - 1.5, Math.max(3, x1 - x0 + 3), PLAN_HEIGHT + 3);
            if (hv.part() == TimelineHit.Part.END) {
                gc.setFill(HOVER);
                gc.fillRect(x1 - 2, top + PLAN_TOP - 1, 4, PLAN_HEIGHT + 2);
            }
            gc.setLineWidth(1);
        }
        if (s.dragPhase != null && s.dragRow >= first && s.dragRow <= last && s.dragPhase.plan() != null) {
            Span p = s.dragPhase.plan();
            double top = g.rowTop(s.dragRow);
            double x0 = g.dateToX(p.start().plusDays(s.dragStartDays));
            double x1 = g.dateEndX(p.end().plusDays(s.dragEndDays));
            gc.setStroke(HOVER);
            gc.setLineDashes(4, 3);
            gc.setLineWidth(2);
            gc.strokeRect(x0, top + PLAN_TOP - 2, Math.max(2, x1 - x0), PLAN_HEIGHT + 4);
            gc.setLineDashes((double[]) null);
            gc.setLineWidth(1);
            gc.setFont(bold);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            long delta = s.dragEndDays;
            String text = (delta > 0 ? "+" : "") + delta + Messages.get("timeline.dayUnit");
            double cy = top + PLAN_TOP + PLAN_HEIGHT / 2;
            gc.setFill(Color.WHITE);
            gc.fillRect(x1 + 2, cy - 8, widths.of(text, bold) + 6, 16);
            gc.setStroke(HOVER);
            gc.strokeRect(x1 + 2.5, cy - 7.5, widths.of(text, bold) + 5, 15);
            gc.setFill(TEXT);
            gc.fillText(text, x1 + 5, cy);
        }
    }

    private void table(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last, State s) {
        double tw = g.tableWidth();
        double top = g.headerHeight();
        gc.setFill(BG);
        gc.fillRect(0, top, tw, g.height() - top);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = first; i <= last; i++) {
            TimelineRow r = rows.get(i);
            double y = g.rowTop(i);
            double cy = y + g.rowHeight() / 2;
            if (i == s.selected) {
                gc.setFill(SELECTED);
                gc.fillRect(0, y, tw, g.rowHeight());
            }
            if (r.isGroup()) {
                gc.setFill(GROUP_BG);
                gc.fillRect(0, y, tw, g.rowHeight());
                gc.setFont(bold);
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setFill(TEXT);
                String label = (r.collapsed() ? "▸ " : "▾ ") + (r.groupLabel().isEmpty() ? "—" : r.groupLabel())
                        + " (" + r.groupCount() + ")";
                gc.fillText(label, 6, cy);
                gc.setFill(GROUP_BG);
                gc.fillRect(COLUMNS[2], y + 1, tw - COLUMNS[2], g.rowHeight() - 1);
                gc.setFont(font);
                money(gc, r.groupAmount(), COLUMNS[3] - 4, cy, TEXT);
                money(gc, r.groupOutstanding(), COLUMNS[4] - 4, cy,
                        r.groupOutstanding() != null && r.groupOutstanding().signum() > 0 ? StageColors.LATE : TEXT);
            } else {
                gc.setFont(font);
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setFill(TEXT);
                gc.fillText(nz(r.order().orderNo()), COLUMNS[0] + 6, cy);
                cover(gc, COLUMNS[1], y, i == s.selected);
                gc.setFill(TEXT);
                gc.fillText(nz(r.order().customerName()), COLUMNS[1] + 4, cy);
                cover(gc, COLUMNS[2], y, i == s.selected);
                money(gc, r.order().amount(), COLUMNS[3] - 4, cy, TEXT);
                money(gc, r.order().outstanding(), COLUMNS[4] - 4, cy, r.atRisk() ? StageColors.LATE : TEXT);
            }
        }
        gc.setStroke(GRID);
        gc.beginPath();
        for (int i = first; i <= last + 1; i++) {
            double y = Math.floor(g.rowTop(i)) + 0.5;
            gc.moveTo(0, y);
            gc.lineTo(tw, y);
        }
        gc.stroke();
        gc.setStroke(GRID_STRONG);
        gc.strokeLine(tw - 0.5, 0, tw - 0.5, g.height());
    }

    /** Paints over the overflow of the previous column (cheaper than clipping every cell). */
    private static void cover(GraphicsContext gc, double x, double y, boolean selected) {
        gc.setFill(BG);
        gc.fillRect(x, y + 1, COLUMNS[COLUMNS.length - 1] - x, TimelineGeometry.ROW_HEIGHT - 1);
        if (selected) {
            gc.setFill(SELECTED);
            gc.fillRect(x, y + 1, COLUMNS[COLUMNS.length - 1] - x, TimelineGeometry.ROW_HEIGHT - 1);
        }
    }

    private void money(GraphicsContext gc, java.math.BigDecimal v, double right, double cy, Color c) {
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setFill(c);
        gc.fillText(io.cashtrail.i18n.Formats.money(v), right, cy);
    }

    private void header(GraphicsContext gc, TimelineGeometry g, TimelineHeader.Unit[] units, LocalDate from,
            LocalDate to, List<TimelineHeader.Tick> bottom, State s) {
        double hh = g.headerHeight();
        double half = hh / 2;
        gc.setFill(HEADER_BG);
        gc.fillRect(0, 0, g.width(), hh);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(font);
        gc.setStroke(GRID_STRONG);
        gc.setLineWidth(1);
        // top row: coarse unit
        if (units[0] != null) {
            gc.setTextAlign(TextAlignment.LEFT);
            for (TimelineHeader.Tick t : TimelineHeader.ticks(units[0], from, to)) {
                double x0 = g.dateToX(t.start());
                double x1 = g.dateToX(t.end());
                double lx = Math.max(x0, g.tableWidth()) + 4;
                if (x1 - lx > 20) {
                    gc.setFill(TEXT);
                    gc.fillText(t.label(), lx, half / 2 + 1);
                }
                double x = Math.floor(x0) + 0.5;
                if (x > g.tableWidth()) {
                    gc.strokeLine(x, 0, x, hh);
                }
            }
        }
        // bottom row: fine unit, labels centred when they fit
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(MUTED);
        double minGap = units[1] == TimelineHeader.Unit.YEAR ? 34 : 14;
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (TimelineHeader.Tick t : bottom) {
            double x0 = g.dateToX(t.start());
            double x1 = g.dateToX(t.end());
            double cx = (x0 + x1) / 2;
            String label = units[0] == null ? t.label() : TimelineHeader.shortLabel(units[1], t.start());
            if (cx > g.tableWidth() + 6 && cx - lastLabel >= minGap && x1 - x0 >= 12) {
                gc.fillText(label, cx, half + half / 2);
                lastLabel = cx;
            }
        }
        gc.strokeLine(g.tableWidth(), half + 0.5, g.width(), half + 0.5);
        gc.strokeLine(0, hh - 0.5, g.width(), hh - 0.5);
        // today label
        double tx = HitTester.center(g, s.today);
        if (tx > g.tableWidth() && tx < g.width()) {
            gc.setFill(StageColors.TODAY);
            gc.fillRect(Math.floor(tx) - 0.25, half, 1.5, half);
        }
        // table column titles
        gc.setFill(HEADER_BG);
        gc.fillRect(0, 0, g.tableWidth(), hh);
        gc.setFont(bold);
        gc.setFill(TEXT);
        for (int c = 0; c < 4; c++) {
            boolean right = c >= 2;
            gc.setTextAlign(right ? TextAlignment.RIGHT : TextAlignment.LEFT);
            gc.fillText(s.columnTitles[c], right ? COLUMNS[c + 1] - 4 : COLUMNS[c] + (c == 0 ? 6 : 4), hh / 2);
        }
        gc.strokeLine(0, hh - 0.5, g.tableWidth(), hh - 0.5);
        gc.strokeLine(g.tableWidth() - 0.5, 0, g.tableWidth() - 0.5, hh);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
