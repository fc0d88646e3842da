package io.cashtrail.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measured text widths, cached so labels on the canvas are not measured again on every frame. */
final class TextWidths {
    private static final int MAX = 4000;
    private final Text probe = new Text();
    private final Map<String, Double> cache = new HashMap<>();
    private Font font;

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
}
