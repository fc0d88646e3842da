package io.cashtrail.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measured text widths, cached so labels on the canvas are not measured again on every frame. */
final class TextWidths {
    private static final int MAX = 4000;
    private final Text probe = new Text();
    private final Text fitProbe = new Text();
    private final Map<String, Double> cache = new HashMap<>();
    private final Map<Fitted, String> fitted = new HashMap<>();
    private Font font;
    private Font fittedFont;

    /** A text in a column of a given width (the table's columns differ, so both make the key). */
    private record Fitted(String text, double width) {
    }

    double of(String s, Font f) {
        if (f != font) {
            cache.clear();
            font = f;
            probe.setFont(f);
        }
        Double w = cache.get(s);
        if (w == null) {
            if (cache.size() > MAX) {
                cache.clear();
            }
            probe.setText(s);
            w = probe.getLayoutBounds().getWidth();
            cache.put(s, w);
        }
        return w;
    }

    /**
     * {@code s} as drawn in {@code f} within {@code width}: whole when it fits, else shortened with an
     * ellipsis (a name cut off mid-character at a column's edge looked like a drawing error).
     */
    String fit(String s, Font f, double width) {
        if (f != fittedFont || fitted.size() > MAX) {
            fitted.clear();
            fittedFont = f;
        }
        return fitted.computeIfAbsent(new Fitted(s, width), k -> shorten(s, f, width));
    }

    private String shorten(String s, Font f, double width) {
        if (measure(s, f) <= width) {
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

    /** Measures without filling the width cache with the shortened candidates. */
    private double measure(String s, Font f) {
        fitProbe.setFont(f);
        fitProbe.setText(s);
        return fitProbe.getLayoutBounds().getWidth();
    }
}
