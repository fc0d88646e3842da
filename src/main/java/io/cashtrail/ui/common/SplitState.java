package io.cashtrail.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;

/** Remembers where a split pane's dividers are, per user, and puts them back when the screen is built. */
public final class SplitState {
    private SplitState() {
    }

    /** Restores the stored positions (else keeps the screen's defaults) and saves every move. */
    public static void remember(SplitPane split, Preferences prefs, String key) {
        double[] stored = decode(prefs.get(key, ""), split.getDividers().size());
        if (stored != null) {
            split.setDividerPositions(stored);
            // the skin lays out once the pane is shown and may move dividers; put them back after that
            split.sceneProperty().addListener((o, a, scene) -> {
                if (scene != null) {
                    Platform.runLater(() -> split.setDividerPositions(stored));
                }
            });
        }
        for (SplitPane.Divider d : split.getDividers()) {
            d.positionProperty().addListener((o, a, b) -> {
                if (split.getScene() != null && split.getWidth() > 0) {
                    prefs.put(key, encode(split));
                }
            });
        }
    }

    static String encode(SplitPane split) {
        List<String> parts = new ArrayList<>();
        for (double p : split.getDividerPositions()) {
            parts.add(String.valueOf(Math.round(p * 1000) / 1000.0));
        }
        return String.join(",", parts);
    }

    static double[] decode(String text, int count) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != count) {
            return null;
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                return null;
            }
            if (!(out[i] > 0.02 && out[i] < 0.98)) {
                return null;
            }
        }
        return out;
    }
}
