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

    /** Fill of a forecast: diagonal hatch in the phase colour on a pale ground (FX thread). */
    public static Paint hatch(Phase p) {
        return HATCHES.computeIfAbsent(p, ph -> {
            Color c = color(ph);
            WritableImage img = tile(8, (x, y) -> Math.floorMod(x + y, 8) < 2 ? c
                    : Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.18));
            return new ImagePattern(img, 0, 0, 8, 8, false);
        });
    }

    private static Paint pattern(Phase p) {
        Color c = color(p);
        Color light = c.interpolate(Color.WHITE, 0.55);
        WritableImage img = switch (p) {
            case PRODUCTION -> tile(6, (x, y) -> c);
            case SHIPPING -> tile(6, (x, y) -> y % 3 == 2 ? light : c);
            case ACCEPTANCE -> tile(6, (x, y) -> (x % 6 == 1 || x % 6 == 2) && (y % 6 == 1 || y % 6 == 2) ? Color.WHITE
                    : c);
            case COLLECTION -> tile(6, (x, y) -> x % 6 == 0 || y % 6 == 0 ? Color.WHITE : c);
        };
        return new ImagePattern(img, 0, 0, img.getWidth(), img.getHeight(), false);
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
