package io.cashtrail.ui.timeline;

import io.cashtrail.i18n.Formats;
import io.cashtrail.ui.common.StageColors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The parts of the timeline that do not scroll sideways: the narrow table on the left (order,
 * customer, amount, outstanding, or a group's totals) and the date header on top. Drawn after the
 * chart, over it, so rows of the table and of the chart always line up.
 */
final class TimelineChrome {
    static final double[] COLUMNS = {0, 112, 206, 302, TimelineGeometry.TABLE_WIDTH};
    private final TimelineRenderer renderer;

    TimelineChrome(TimelineRenderer renderer) {
        this.renderer = renderer;
    }

    void table(GraphicsContext gc, TimelineGeometry g, List<TimelineRow> rows, int first, int last, TimelineRenderer.State s) {
        double tw = g.tableWidth();
        double top = g.headerHeight();
        gc.setFill(TimelineRenderer.BG);
        gc.fillRect(0, top, tw, g.height() - top);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = first; i <= last; i++) {
            TimelineRow r = rows.get(i);
            double y = g.rowTop(i);
            double cy = y + g.rowHeight() / 2;
            if (i == s.selected) {
                gc.setFill(TimelineRenderer.SELECTED);
                gc.fillRect(0, y, tw, g.rowHeight());
            }
            if (r.isGroup()) {
                gc.setFill(TimelineRenderer.GROUP_BG);
                gc.fillRect(0, y, tw, g.rowHeight());
                gc.setFont(renderer.bold);
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setFill(TimelineRenderer.TEXT);
                // the group's name gives way (with an ellipsis) before its count
                String arrow = r.collapsed() ? "▸ " : "▾ ";
                String count = " (" + r.groupCount() + ")";
                double room = COLUMNS[2] - 12 - renderer.widths.of(arrow + count, renderer.bold);
                gc.fillText(arrow + renderer.widths.fit(r.groupLabel().isEmpty() ? "—" : r.groupLabel(), renderer.bold,
                        room) + count, 6, cy);
                gc.setFont(renderer.font);
                money(gc, r.groupAmount(), COLUMNS[3] - 4, cy, TimelineRenderer.TEXT);
                money(gc, r.groupOutstanding(), COLUMNS[4] - 4, cy,
                        r.groupOutstanding() != null && r.groupOutstanding().signum() > 0 ? StageColors.LATE : TimelineRenderer.TEXT);
            } else {
                gc.setFont(renderer.font);
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setFill(TimelineRenderer.TEXT);
                gc.fillText(renderer.widths.fit(nz(r.order().orderNo()), renderer.font, COLUMNS[1] - COLUMNS[0] - 6),
                        COLUMNS[0] + 6, cy);
                gc.fillText(renderer.widths.fit(nz(r.order().customerName()), renderer.font,
                        COLUMNS[2] - COLUMNS[1] - 8), COLUMNS[1] + 4, cy);
                money(gc, r.order().amount(), COLUMNS[3] - 4, cy, TimelineRenderer.TEXT);
                money(gc, r.order().outstanding(), COLUMNS[4] - 4, cy, r.atRisk() ? StageColors.LATE : TimelineRenderer.TEXT);
            }
        }
        gc.setStroke(TimelineRenderer.GRID);
        gc.beginPath();
        for (int i = first; i <= last + 1; i++) {
            double y = Math.floor(g.rowTop(i)) + 0.5;
            gc.moveTo(0, y);
            gc.lineTo(tw, y);
        }
        gc.stroke();
        gc.setStroke(TimelineRenderer.GRID_STRONG);
        gc.strokeLine(tw - 0.5, 0, tw - 0.5, g.height());
    }

    private void money(GraphicsContext gc, BigDecimal v, double right, double cy, Color c) {
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setFill(c);
        gc.fillText(Formats.money(v), right, cy);
    }

    void header(GraphicsContext gc, TimelineGeometry g, TimelineHeader.Unit[] units, LocalDate from,
            LocalDate to, List<TimelineHeader.Tick> bottom, TimelineRenderer.State s) {
        double hh = g.headerHeight();
        double half = hh / 2;
        gc.setFill(TimelineRenderer.HEADER_BG);
        gc.fillRect(0, 0, g.width(), hh);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(renderer.font);
        gc.setStroke(TimelineRenderer.GRID_STRONG);
        gc.setLineWidth(1);
        // top row: coarse unit
        if (units[0] != null) {
            gc.setTextAlign(TextAlignment.LEFT);
            for (TimelineHeader.Tick t : TimelineHeader.ticks(units[0], from, to)) {
                double x0 = g.dateToX(t.start());
                double x1 = g.dateToX(t.end());
                double lx = Math.max(x0, g.tableWidth()) + 4;
                if (x1 - lx > 20) {
                    gc.setFill(TimelineRenderer.TEXT);
                    gc.fillText(t.label(), lx, half / 2 + 1);
                }
                double x = Math.floor(x0) + 0.5;
                if (x > g.tableWidth()) {
                    gc.strokeLine(x, 0, x, hh);
                }
            }
        }
        // bottom row: fine unit, labels centred when they fit
        gc.setFont(renderer.small);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(TimelineRenderer.MUTED);
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
        gc.setFill(TimelineRenderer.HEADER_BG);
        gc.fillRect(0, 0, g.tableWidth(), hh);
        gc.setFont(renderer.bold);
        gc.setFill(TimelineRenderer.TEXT);
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
