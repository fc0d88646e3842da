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
    static final Color BG = Color.WHITE;
    static final Color GRID = Color.web("#e3e7ec");
    static final Color GRID_STRONG = Color.web("#c5ccd4");
    static final Color GROUP_BG = Color.web("#e9edf2");
    static final Color HEADER_BG = Color.web("#f3f5f8");
    static final Color TEXT = Color.web("#1f2933");
    static final Color MUTED = Color.web("#5b6470");
    static final Color SELECTED = Color.color(0.16, 0.45, 0.85, 0.14);
    private static final Color HOVER = Color.color(0.1, 0.1, 0.1, 0.85);
    private static final Color PAID = Color.web("#3b4650");
    private static final Color LABEL_GROUND = Color.color(1, 1, 1, 0.88);

    final Font font = Font.font(12);
    final Font small = Font.font(10);
    final Font bold = Font.font(null, FontWeight.BOLD, 12);
    final TextWidths widths = new TextWidths();
    private final TimelineChrome chrome = new TimelineChrome(this);
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

        TimelineGrid.grid(gc, g, rows, first, last, from, to, bottom, units[1]);
        TimelineGrid.cutoffs(gc, g, rows, first, last, from, to);
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
        chrome.table(gc, g, rows, first, last, s);
        chrome.header(gc, g, units, from, to, bottom, s);
        if (rows.isEmpty() && !s.emptyText.isEmpty()) {
            gc.setFont(font);
            gc.setFill(MUTED);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(s.emptyText, w / 2, g.headerHeight() + 60);
        }
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
}
