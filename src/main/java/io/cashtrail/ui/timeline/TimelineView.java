package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Phase;
import io.cashtrail.domain.PhaseView;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The timeline control: one canvas (left table, header and chart, so rows scroll together), one
 * vertical and one horizontal scroll bar, and a tooltip label. Mouse: wheel scrolls, ctrl+wheel
 * zooms around the pointer, hover shows details, click selects (or opens/closes a group),
 * double-click opens the order, dragging a plan bar (its end or the whole bar) asks to replan.
 * Keys: up/down select, left/right scroll, +/- zoom, Home today, Enter opens, Space opens/closes a
 * group, Escape cancels a drag.
 */
public final class TimelineView extends Region {
    /** Receives a finished drag: the row, the phase and the plan's proposed new dates. */
    public interface ReplanHandler {
        void replan(TimelineRow row, Phase phase, LocalDate newStart, LocalDate newEnd);
    }

    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final Label tip = new Label();
    private final TimelineGeometry geometry;
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final TimelineRenderer.State state = new TimelineRenderer.State();
    private final TimelineModel model;
    private final TooltipText tooltips = new TooltipText();
    private LongConsumer onOpen = id -> { };
    private ReplanHandler onReplan = (r, p, s, e) -> { };
    private Runnable onModelChanged = () -> { };
    private boolean syncing;
    private double pressX;
    private TimelineHit pressHit = TimelineHit.NOTHING;
    private boolean dragging;

    public TimelineView(TimelineModel model, LocalDate today) {
        this.model = model;
        this.state.today = today;
        this.geometry = new TimelineGeometry(today.minusYears(1));
        setId("timeline-view");
        canvas.setId("timeline-canvas");
        canvas.setFocusTraversable(true);
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.setId("timeline-vbar");
        hbar.setId("timeline-hbar");
        tip.setId("timeline-tooltip");
        tip.getStyleClass().add("timeline-tooltip");
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        getChildren().addAll(canvas, vbar, hbar, tip);
        vbar.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                geometry.setScrollY(b.doubleValue());
                redraw();
            }
        });
        hbar.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                geometry.setScrollX(b.doubleValue());
                redraw();
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1, 0, 0));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    public void setOnOpen(LongConsumer handler) {
        onOpen = handler;
    }

    public void setOnReplan(ReplanHandler handler) {
        onReplan = handler;
    }

    /** Called after the view changed the model itself (a group opened or closed). */
    public void setOnModelChanged(Runnable r) {
        onModelChanged = r;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double vw = vbar.prefWidth(-1);
        double hh = hbar.prefHeight(-1);
        canvas.setWidth(Math.max(0, w - vw));
        canvas.setHeight(Math.max(0, h - hh));
        vbar.resizeRelocate(w - vw, 0, vw, Math.max(0, h - hh));
        double table = geometry.tableWidth() * scale();
        hbar.resizeRelocate(table, h - hh, Math.max(0, w - vw - table), hh);
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1000;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    /** Redraws after the model's rows changed (filter, sort, group, reload). */
    public void rowsChanged() {
        state.hover = TimelineHit.NOTHING;
        if (state.selected >= model.rows().size()) {
            state.selected = model.rows().size() - 1;
        }
        clearDrag();
        redraw();
    }

    /** Draws the visible part now and brings the scroll bars in line with the geometry. */
    public void redraw() {
        // drawn in units of the font-size setting (Settings → font size): the whole chart grows with it
        double scale = scale();
        double height = canvas.getHeight() / scale;
        geometry.setSize(canvas.getWidth() / scale, height);
        List<TimelineRow> rows = model.rows();
        double maxY = geometry.clampScrollY(rows.size());
        double[] range = horizontalRange();
        geometry.setScrollX(Math.max(range[0], Math.min(range[1], geometry.scrollX())));
        syncing = true;
        vbar.setMin(0);
        vbar.setMax(maxY);
        vbar.setVisibleAmount(Math.max(1, height - geometry.headerHeight()));
        vbar.setValue(geometry.scrollY());
        vbar.setUnitIncrement(geometry.rowHeight());
        vbar.setBlockIncrement(Math.max(geometry.rowHeight(), height - geometry.headerHeight() * 2));
        hbar.setMin(range[0]);
        hbar.setMax(range[1]);
        hbar.setVisibleAmount(geometry.chartWidth());
        hbar.setValue(geometry.scrollX());
        hbar.setUnitIncrement(Math.max(10, geometry.pxPerDay() * 7));
        hbar.setBlockIncrement(geometry.chartWidth() * 0.8);
        syncing = false;
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.save();
            gc.scale(scale, scale);
            renderer.draw(gc, geometry, rows, state);
            gc.restore();
        }
    }

    /** The font-size setting as a factor (1 at 100 %): the chart's pixels per unit of its geometry. */
    private static double scale() {
        return io.cashtrail.ui.common.FontScale.percent() / 100.0;
    }

    /** Scroll range in pixels: the shown orders' dates (and today) with a margin of two months. */
    private double[] horizontalRange() {
        LocalDate lo = model.first() == null || state.today.isBefore(model.first()) ? state.today : model.first();
        LocalDate hi = model.last() == null || state.today.isAfter(model.last()) ? state.today : model.last();
        double min = (lo.minusMonths(2).toEpochDay() - geometry.originDay()) * geometry.pxPerDay();
        double max = (hi.plusMonths(2).toEpochDay() - geometry.originDay()) * geometry.pxPerDay()
                - geometry.chartWidth();
        return new double[] {min, Math.max(min, max)};
    }

    // ---- zoom and scroll ----

    public void zoom(double factor) {
        zoomAt(geometry.tableWidth() + geometry.chartWidth() / 2, factor);
    }

    public void zoomAt(double x, double factor) {
        geometry.zoomAround(x, factor);
        redraw();
    }

    /** Shows every shown order's dates across the width. */
    public void fitAll() {
        LocalDate lo = model.first() == null ? state.today.minusMonths(1) : model.first();
        LocalDate hi = model.last() == null ? state.today.plusMonths(1) : model.last();
        geometry.fit(lo.minusDays(3), hi.plusDays(3));
        redraw();
    }

    public void showToday() {
        geometry.scrollTo(state.today, 0.3);
        redraw();
    }

    public void scrollBy(double dx, double dy) {
        geometry.setScrollX(geometry.scrollX() + dx);
        geometry.setScrollY(geometry.scrollY() + dy);
        redraw();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown()) {
            double dy = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            if (dy != 0) {
                zoomAt(Math.max(geometry.tableWidth(), e.getX() / scale()), Math.pow(1.0015, dy * 1.5));
            }
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            scrollBy(-(e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX()) / scale(), 0);
        } else {
            scrollBy(0, -e.getDeltaY() / scale());
        }
        hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        e.consume();
    }

    // ---- mouse ----

    private void hover(double x, double y, double screenX, double screenY) {
        TimelineHit hit = x < 0 ? TimelineHit.NOTHING : HitTester.at(geometry, model.rows(), x / scale(), y / scale());
        if (!hit.equals(state.hover)) {
            state.hover = hit;
            redraw();
        }
        String text = dragging ? null : tooltips.text(hit, model.rows());
        if (text == null) {
            tip.setVisible(false);
            return;
        }
        tip.setText(text);
        tip.autosize();
        double tx = x + 14;
        double ty = y + 18;
        if (tx + tip.getWidth() > getWidth()) {
            tx = Math.max(0, x - tip.getWidth() - 8);
        }
        if (ty + tip.getHeight() > getHeight()) {
            ty = Math.max(0, y - tip.getHeight() - 8);
        }
        tip.relocate(tx, ty);
        tip.setVisible(true);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX() / scale();
        pressHit = HitTester.at(geometry, model.rows(), pressX, e.getY() / scale());
        dragging = false;
        if (pressHit.row() >= 0 && !model.rows().get(pressHit.row()).isGroup()) {
            select(pressHit.row());
        }
    }

    private void dragged(MouseEvent e) {
        if (!pressHit.draggable() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        long days = geometry.daysFor(e.getX() / scale() - pressX);
        if (!dragging && Math.abs(e.getX() / scale() - pressX) < 3) {
            return;
        }
        dragging = true;
        tip.setVisible(false);
        state.dragRow = pressHit.row();
        state.dragPhase = pressHit.phase();
        state.dragEndDays = days;
        state.dragStartDays = pressHit.part() == TimelineHit.Part.END ? 0 : days;
        if (pressHit.part() == TimelineHit.Part.END) {
            // the end cannot move before the start
            state.dragEndDays = Math.max(state.dragEndDays, -pressHit.phase().plan().days());
        }
        redraw();
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            return;
        }
        dragging = false;
        PhaseView p = state.dragPhase;
        long ds = state.dragStartDays;
        long de = state.dragEndDays;
        int row = state.dragRow;
        if (p == null || p.plan() == null || (ds == 0 && de == 0)) {
            clearDrag();
            redraw();
            return;
        }
        // the ghost stays until the replan is confirmed or cancelled (rowsChanged/clearDrag)
        onReplan.replan(model.rows().get(row), p.phase(), p.plan().start().plusDays(ds), p.plan().end().plusDays(de));
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        TimelineHit hit = HitTester.at(geometry, model.rows(), e.getX() / scale(), e.getY() / scale());
        if (hit.kind() == TimelineHit.Kind.GROUP) {
            model.toggle(model.rows().get(hit.row()).groupKey());
            rowsChanged();
            onModelChanged.run();
        } else if (e.getClickCount() == 2 && hit.row() >= 0 && hit.row() < model.rows().size()) {
            open(hit.row());
        }
    }

    /** Removes the drag ghost (after the replan was saved or cancelled). */
    public void clearDrag() {
        state.dragRow = -1;
        state.dragPhase = null;
        state.dragStartDays = 0;
        state.dragEndDays = 0;
        redraw();
    }

    // ---- keyboard ----

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> select(Math.max(0, state.selected - 1));
            case DOWN -> select(Math.min(model.rows().size() - 1, state.selected + 1));
            case LEFT -> scrollBy(-geometry.chartWidth() / 10, 0);
            case RIGHT -> scrollBy(geometry.chartWidth() / 10, 0);
            case PAGE_UP -> scrollBy(0, -(geometry.height() - geometry.headerHeight()));
            case PAGE_DOWN -> scrollBy(0, geometry.height() - geometry.headerHeight());
            case PLUS, ADD, EQUALS -> zoom(1.25);
            case MINUS, SUBTRACT -> zoom(0.8);
            case HOME -> showToday();
            case ENTER -> open(state.selected);
            case ESCAPE -> {
                if (!dragging) {
                    return;
                }
                dragging = false;
                pressHit = TimelineHit.NOTHING;
                clearDrag();
            }
            case SPACE -> {
                if (state.selected >= 0 && model.rows().get(state.selected).isGroup()) {
                    model.toggle(model.rows().get(state.selected).groupKey());
                    rowsChanged();
                    onModelChanged.run();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    public void select(int row) {
        if (row < 0 || row >= model.rows().size()) {
            return;
        }
        state.selected = row;
        geometry.reveal(row);
        redraw();
    }

    private void open(int row) {
        if (row >= 0 && row < model.rows().size() && !model.rows().get(row).isGroup()) {
            onOpen.accept(model.rows().get(row).order().orderId());
        }
    }

    // ---- state for the screen ----

    public void setBaseline(boolean on) {
        state.baseline = on;
        redraw();
    }

    public void setToday(LocalDate today) {
        state.today = today;
    }

    public void setEmptyText(String text) {
        state.emptyText = text == null ? "" : text;
    }

    public void setColumnTitles(String... titles) {
        state.columnTitles = titles;
    }

    public int selectedRow() {
        return state.selected;
    }

    public TimelineGeometry geometry() {
        return geometry;
    }

    public Canvas canvas() {
        return canvas;
    }

    public Label tooltip() {
        return tip;
    }

    TimelineRenderer.State state() {
        return state;
    }
}
