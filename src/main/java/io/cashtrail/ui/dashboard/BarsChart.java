package io.cashtrail.ui.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A bar chart of money drawn on one canvas: a title, a value axis with round steps, one bar per
 * category (red when late), a tooltip with the exact amount and a click per bar. Used instead of
 * JavaFX's BarChart, whose nodes per bar, axis and CSS took a sixth of the dashboard's start
 * (bench/run startup); it draws what the dashboard needs and nothing more.
 */
final class BarsChart extends Region {
    /** One bar: its category label, amount, colour and what a click on it does. */
    record Bar(String label, BigDecimal value, boolean late, Runnable onClick) {
    }

    private static final Color ACCENT = Color.web("#1f6feb");
    private static final Color LATE = Color.web("#c62828");
    private static final Color GRID = Color.web("#e3e3e3");
    private static final Color TEXT = Color.web("#333333");
    private static final double GAP = 0.25;

    private final Label title = new Label();
    private final Canvas canvas = new Canvas();
    private final Function<BigDecimal, String> tickText;
    private final Function<Bar, String> tipText;
    private Tooltip tip; // made on the first hover: a popup window costs at start-up
    private List<Bar> bars = List.of();
    private double plotLeft;
    private double plotTop;
    private double plotBottom;
    private double band;
    private double low;
    private double high;
    private int hovered = -1;

    BarsChart(Function<BigDecimal, String> tickText, Function<Bar, String> tipText) {
        this.tickText = tickText;
        this.tipText = tipText;
        title.getStyleClass().add("chart-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(javafx.geometry.Pos.CENTER);
        getChildren().addAll(title, canvas);
        getStyleClass().add("bars-chart");
        canvas.setOnMouseMoved(e -> hover(barAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover(-1));
        canvas.setOnMouseClicked(e -> {
            int i = barAt(e.getX(), e.getY());
            if (i >= 0 && bars.get(i).onClick() != null) {
                bars.get(i).onClick().run();
            }
        });
    }

    void setTitle(String text) {
        title.setText(text);
    }

    String title() {
        return title.getText();
    }

    void setBars(List<Bar> bars) {
        this.bars = List.copyOf(bars);
        hover(-1);
        setAccessibleText(title.getText() + ": " + String.join(", ", this.bars.stream().map(tipText).toList()));
        draw();
    }

    List<Bar> bars() {
        return bars;
    }

    /** The tooltip text shown over the bar under the mouse; null before any hover. */
    String tipShown() {
        return tip == null ? null : tip.getText();
    }

    /** Where bar {@code i} is drawn, in this chart's coordinates (tests click there). */
    Bounds barBounds(int i) {
        double[] r = barRect(i);
        return new BoundingBox(canvas.getLayoutX() + r[0], canvas.getLayoutY() + r[1], r[2], r[3]);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double titleH = title.prefHeight(w);
        title.resizeRelocate(left, top, w, titleH);
        double h = Math.max(0, getHeight() - top - titleH - snappedBottomInset());
        canvas.relocate(left, top + titleH);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 170;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0; // the dashboard's split decides; the axis labels stay inside what is left
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360;
    }

    private Font font() {
        return Font.font(title.getFont().getFamily(), Math.max(9, title.getFont().getSize() * 0.85));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (bars.isEmpty() || w < 40 || h < 40) {
            return;
        }
        Font font = font();
        double lineH = textWidth("0", font)[1];
        plotTop = lineH / 2 + 2;
        plotBottom = h - lineH - 6;
        // fewer steps when the chart is low (large fonts, a small window), so their labels do not touch
        double[] ticks = ticks((int) Math.max(1, Math.min(5, (plotBottom - plotTop) / (lineH * 1.8))));
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, textWidth(tickText.apply(BigDecimal.valueOf(t)), font)[0]);
        }
        plotLeft = widest + 8;
        band = (w - plotLeft - 4) / bars.size();
        g.setFont(font);
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t : ticks) {
            double y = Math.round(y(t)) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(plotLeft, y, w - 4, y);
            g.setFill(TEXT);
            g.fillText(tickText.apply(BigDecimal.valueOf(t)), plotLeft - 5, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < bars.size(); i++) {
            double[] r = barRect(i);
            Color c = bars.get(i).late() ? LATE : ACCENT;
            g.setFill(i == hovered ? c.brighter() : c);
            g.fillRect(r[0], r[1], r[2], r[3]);
            g.setFill(TEXT);
            g.fillText(bars.get(i).label(), plotLeft + band * (i + 0.5), plotBottom + 4, band);
        }
        g.setStroke(TEXT.deriveColor(0, 1, 1, 0.6));
        double base = Math.round(y(0)) + 0.5;
        g.strokeLine(plotLeft, base, w - 4, base);
    }

    /** x, y, width, height of bar {@code i} on the canvas. */
    private double[] barRect(int i) {
        double v = bars.get(i).value().doubleValue(); // drawing only: the amounts stay BigDecimal elsewhere
        double x = plotLeft + band * i + band * GAP / 2;
        double top = Math.min(y(v), y(0));
        double height = Math.max(Math.abs(y(v) - y(0)), v == 0 ? 0 : 1);
        return new double[] {x, top, band * (1 - GAP), height};
    }

    private double y(double v) {
        return plotBottom - (v - low) / (high - low) * (plotBottom - plotTop);
    }

    /** Round steps (1, 2, 2.5 or 5 × 10^n) from the lowest to the highest amount, zero included; sets the range. */
    private double[] ticks(int wanted) {
        double min = 0;
        double max = 0;
        for (Bar b : bars) {
            min = Math.min(min, b.value().doubleValue());
            max = Math.max(max, b.value().doubleValue());
        }
        double[] t = niceTicks(min, max, wanted);
        low = t[0];
        high = t[t.length - 1];
        return t;
    }

    /** About {@code wanted} round ticks covering min..max (both ends included; 0..1 when both are 0). */
    static double[] niceTicks(double min, double max, int wanted) {
        if (max - min <= 0) {
            return new double[] {0, 1};
        }
        double raw = (max - min) / wanted;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double from = Math.floor(min / step) * step;
        double to = Math.ceil(max / step) * step;
        int n = (int) Math.round((to - from) / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = from + i * step;
        }
        return t;
    }

    private int barAt(double x, double y) {
        for (int i = 0; i < bars.size(); i++) {
            double[] r = barRect(i);
            // the whole column above the axis counts, so a tiny bar can still be hit
            if (x >= r[0] && x <= r[0] + r[2] && y >= plotTop && y <= plotBottom) {
                return i;
            }
        }
        return -1;
    }

    private void hover(int i) {
        if (i == hovered) {
            return;
        }
        hovered = i;
        canvas.setCursor(i >= 0 && bars.get(i).onClick() != null ? Cursor.HAND : Cursor.DEFAULT);
        if (i >= 0) {
            if (tip == null) {
                tip = new Tooltip();
                tip.setShowDelay(javafx.util.Duration.millis(250));
            }
            tip.setText(tipText.apply(bars.get(i)));
            Tooltip.install(canvas, tip);
        } else if (tip != null) {
            Tooltip.uninstall(canvas, tip);
            tip.hide();
        }
        draw();
    }

    private static double[] textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return new double[] {t.getLayoutBounds().getWidth(), t.getLayoutBounds().getHeight()};
    }
}
