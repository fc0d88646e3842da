package io.cashtrail.ui.common;

import io.cashtrail.domain.Phase;
import io.cashtrail.domain.Stage;
import java.util.EnumMap;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;

/**
 * The one place that says how each phase looks anywhere in the app: a colour from the Okabe–Ito
 * palette (safe for colour-blind users) plus a pattern of its own (solid, stripes, dots, grid), so
 * phases differ by more than hue. Forecasts are a diagonal hatch of the phase colour; late is red.
 */
public final class StageColors {
    public static final Color LATE = Color.web("#d62728");
    public static final Color TODAY = Color.web("#c0392b");
    public static final Color BASELINE = Color.web("#7f8790");
    private static final EnumMap<Phase, Color> COLORS = new EnumMap<>(Phase.class);
    private static final EnumMap<Phase, Paint> FILLS = new EnumMap<>(Phase.class);
    private static final EnumMap<Phase, Paint> HATCHES = new EnumMap<>(Phase.class);

    static {
        COLORS.put(Phase.PRODUCTION, Color.web("#0072b2"));
        COLORS.put(Phase.SHIPPING, Color.web("#e69f00"));
        COLORS.put(Phase.ACCEPTANCE, Color.web("#009e73"));
        COLORS.put(Phase.COLLECTION, Color.web("#cc79a7"));
    }

    private StageColors() {
    }

    public static Color color(Phase p) {
        return COLORS.get(p);
    }

    /** Colour of a milestone stage: that of the phase it ends (grey for the contract). */
    public static Color color(Stage s) {
        return switch (s) {
            case PRODUCTION_START, PRODUCTION_FINISH -> color(Phase.PRODUCTION);
            case SHIPPED, DELIVERED -> color(Phase.SHIPPING);
            case ACCEPTED -> color(Phase.ACCEPTANCE);
            case INVOICED, PAID -> color(Phase.COLLECTION);
            case CONTRACT_SIGNED -> Color.web("#56606b");
        };
    }

    /** Fill of what actually happened: the phase colour with its own pattern (FX thread). */
    public static Paint fill(Phase p) {
        return FILLS.computeIfAbsent(p, StageColors::pattern);
    }

    /**
     * Fill of a forecast: diagonal hatch in the phase colour over a pale copy of the phase's own
     * pattern, so forecasts of different phases differ by pattern too (FX thread).
     */
    public static Paint hatch(Phase p) {
        return HATCHES.computeIfAbsent(p, ph -> {
            Color c = color(ph);
            PixelRule own = rule(ph);
            WritableImage img = tile(12, (x, y) -> Math.floorMod(x + y, 6) < 2 ? c
                    : own.at(x % 6, y % 6).interpolate(Color.WHITE, 0.72));
            return new ImagePattern(img, 0, 0, 12, 12, false);
        });
    }

    private static Paint pattern(Phase p) {
        WritableImage img = tile(6, rule(p));
        return new ImagePattern(img, 0, 0, img.getWidth(), img.getHeight(), false);
    }

    /** Solid for production, stripes for shipping, dots for acceptance, a grid for collection. */
    private static PixelRule rule(Phase p) {
        Color c = color(p);
        Color light = c.interpolate(Color.WHITE, 0.55);
        return switch (p) {
            case PRODUCTION -> (x, y) -> c;
            case SHIPPING -> (x, y) -> y % 3 == 2 ? light : c;
            case ACCEPTANCE -> (x, y) -> (x == 1 || x == 2) && (y == 1 || y == 2) ? Color.WHITE : c;
            case COLLECTION -> (x, y) -> x == 0 || y == 0 ? Color.WHITE : c;
        };
    }

    private interface PixelRule {
        Color at(int x, int y);
    }

    private static WritableImage tile(int size, PixelRule rule) {
        WritableImage img = new WritableImage(size, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                img.getPixelWriter().setColor(x, y, rule.at(x, y));
            }
        }
        return img;
    }

    /** A small legend swatch: the phase's fill framed by its colour. */
    public static Canvas swatch(Phase p) {
        Canvas c = new Canvas(22, 12);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(fill(p));
        g.fillRect(0, 0, 22, 12);
        g.setStroke(color(p).darker());
        g.strokeRect(0.5, 0.5, 21, 11);
        return c;
    }
}
