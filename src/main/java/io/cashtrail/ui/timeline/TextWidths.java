package io.cashtrail.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measured text widths, cached so labels on the canvas are not measured again on every frame. The
 * timeline draws in several fonts and columns row after row, so both caches are keyed by font (and
 * column width) rather than cleared when they change.
 */
final class TextWidths {
    private static final int MAX = 4000;
    private final Text probe = new Text();
    private final Map<Measured, Double> widths = new HashMap<>();
    private final Map<Fitted, String> fitted = new HashMap<>();

    private record Measured(String text, Font font) {
    }

    private record Fitted(String text, Font font, double width) {
    }

    double of(String s, Font f) {
        if (widths.size() > MAX) {
            widths.clear();
        }
        return widths.computeIfAbsent(new Measured(s, f), k -> measure(s, f));
    }

    /**
     * {@code s} as drawn in {@code f} within {@code width}: whole when it fits, else shortened with an
     * ellipsis (a name cut off mid-character at a column's edge looked like a drawing error).
     */
    String fit(String s, Font f, double width) {
        if (fitted.size() > MAX) {
            fitted.clear();
        }
        return fitted.computeIfAbsent(new Fitted(s, f, width), k -> shorten(s, f, width));
    }

    private String shorten(String s, Font f, double width) {
        if (of(s, f) <= width) {
            return s;
        }
        int lo = 0; // the longest prefix known to fit with the ellipsis
        int hi = s.length(); // a prefix length known not to fit
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (measure(s.substring(0, mid) + "…", f) <= width) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(s.charAt(lo - 1))) {
            lo--;
        }
        return s.substring(0, lo).stripTrailing() + "…";
    }

    /** Measures without caching (the shortened candidates are not worth keeping). */
    private double measure(String s, Font f) {
        probe.setFont(f);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
