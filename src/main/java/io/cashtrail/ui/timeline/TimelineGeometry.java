package io.cashtrail.ui.timeline;

import java.time.LocalDate;

/**
 * Where things are on the timeline canvas, with no JavaFX in it so it can be unit-tested: a left
 * table of fixed width, a header of fixed height, rows of fixed height, and a date axis of
 * {@code pxPerDay} starting at an origin date, scrolled by {@code scrollX}/{@code scrollY} pixels.
 * A day occupies [dayToX(d), dayToX(d) + pxPerDay); a closed span ends at the right edge of its last day.
 */
public final class TimelineGeometry {
    public static final double MIN_PX_PER_DAY = 0.05;
    public static final double MAX_PX_PER_DAY = 64;
    public static final double ROW_HEIGHT = 32;
    public static final double HEADER_HEIGHT = 40;
    public static final double TABLE_WIDTH = 404;

    // vertical layout inside a row, relative to its top
    public static final double PLAN_TOP = 4;
    public static final double PLAN_HEIGHT = 14;
    public static final double FILL_TOP = 7;
    public static final double FILL_HEIGHT = 8;
    public static final double MILESTONE_Y = 11;
    public static final double MILESTONE_HALF = 6;
    public static final double BASELINE_TOP = 20;
    public static final double BASELINE_HEIGHT = 3;
    public static final double INSTALLMENT_Y = 27;
    public static final double INSTALLMENT_R = 3.5;
    /** Pixels on either side of a plan bar's end that grab the end rather than the whole bar. */
    public static final double END_GRIP = 5;

    private long originDay;
    private double pxPerDay = 4;
    private double scrollX;
    private double scrollY;
    private double width = 800;
    private double height = 600;
    private double tableWidth = TABLE_WIDTH;
    private double rowHeight = ROW_HEIGHT;
    private double headerHeight = HEADER_HEIGHT;

    public TimelineGeometry(LocalDate origin) {
        this.originDay = origin.toEpochDay();
    }

    public void setSize(double w, double h) {
        this.width = Math.max(0, w);
        this.height = Math.max(0, h);
    }

    /** Moves the origin without moving what is shown. */
    public void setOrigin(LocalDate origin) {
        long d = origin.toEpochDay();
        scrollX -= (originDay - d) * pxPerDay;
        originDay = d;
    }

    public double dayToX(long epochDay) {
        return tableWidth + (epochDay - originDay) * pxPerDay - scrollX;
    }

    public double dateToX(LocalDate d) {
        return dayToX(d.toEpochDay());
    }

    /** Right edge of the day {@code d}: where a span ending on {@code d} ends. */
    public double dateEndX(LocalDate d) {
        return dayToX(d.toEpochDay() + 1);
    }

    public long xToDay(double x) {
        return originDay + (long) Math.floor((x - tableWidth + scrollX) / pxPerDay);
    }

    public LocalDate xToDate(double x) {
        return LocalDate.ofEpochDay(xToDay(x));
    }

    /** Whole days moved by dragging {@code dx} pixels (rounded to the nearest day). */
    public long daysFor(double dx) {
        return Math.round(dx / pxPerDay);
    }

    /** Row index under y, or -1 above the first row (header); may be ≥ the row count. */
    public int rowAt(double y) {
        if (y < headerHeight) {
            return -1;
        }
        return (int) Math.floor((y - headerHeight + scrollY) / rowHeight);
    }

    public double rowTop(int row) {
        return headerHeight + row * rowHeight - scrollY;
    }

    public int firstVisibleRow() {
        return Math.max(0, (int) Math.floor(scrollY / rowHeight));
    }

    /** Last visible row (inclusive), at most rowCount - 1. */
    public int lastVisibleRow(int rowCount) {
        int last = (int) Math.floor((scrollY + Math.max(0, height - headerHeight) - 1e-9) / rowHeight);
        return Math.min(rowCount - 1, last);
    }

    public long firstVisibleDay() {
        return xToDay(tableWidth);
    }

    public long lastVisibleDay() {
        return xToDay(width);
    }

    public boolean inChart(double x, double y) {
        return x >= tableWidth && x < width && y >= headerHeight && y < height;
    }

    /** Zooms by {@code factor}, keeping the date under {@code x} where it is. */
    public void zoomAround(double x, double factor) {
        double anchor = (x - tableWidth + scrollX) / pxPerDay;
        pxPerDay = clampZoom(pxPerDay * factor);
        scrollX = anchor * pxPerDay - (x - tableWidth);
    }

    /** Shows {@code from}..{@code to} across the chart width. */
    public void fit(LocalDate from, LocalDate to) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay() + 1);
        pxPerDay = clampZoom(chartWidth() / days);
        scrollX = (from.toEpochDay() - originDay) * pxPerDay;
    }

    /** Puts {@code d} at {@code fraction} (0 left, 1 right) of the chart width. */
    public void scrollTo(LocalDate d, double fraction) {
        scrollX = (d.toEpochDay() - originDay) * pxPerDay - chartWidth() * fraction;
    }

    /** Scrolls vertically so that {@code row} is fully visible. */
    public void reveal(int row) {
        double top = row * rowHeight;
        double visible = Math.max(rowHeight, height - headerHeight);
        if (top < scrollY) {
            scrollY = top;
        } else if (top + rowHeight > scrollY + visible) {
            scrollY = top + rowHeight - visible;
        }
    }

    public double clampScrollY(int rowCount) {
        double max = Math.max(0, rowCount * rowHeight - (height - headerHeight));
        scrollY = Math.max(0, Math.min(max, scrollY));
        return max;
    }

    public static double clampZoom(double px) {
        return Math.max(MIN_PX_PER_DAY, Math.min(MAX_PX_PER_DAY, px));
    }

    public double chartWidth() {
        return Math.max(1, width - tableWidth);
    }

    public long originDay() {
        return originDay;
    }

    public double pxPerDay() {
        return pxPerDay;
    }

    public void setPxPerDay(double px) {
        pxPerDay = clampZoom(px);
    }

    public double scrollX() {
        return scrollX;
    }

    public void setScrollX(double x) {
        scrollX = x;
    }

    public double scrollY() {
        return scrollY;
    }

    public void setScrollY(double y) {
        scrollY = y;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double tableWidth() {
        return tableWidth;
    }

    public double rowHeight() {
        return rowHeight;
    }

    public double headerHeight() {
        return headerHeight;
    }
}
