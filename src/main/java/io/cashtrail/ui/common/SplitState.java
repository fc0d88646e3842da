package io.cashtrail.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/** Remembers where a split pane's dividers are, per user, and puts them back when the screen is built. */
public final class SplitState {
    private SplitState() {
    }

    /**
     * Restores the stored positions (else keeps the screen's defaults) once the pane has its real size,
     * and saves them when the user lets go of a divider (not on every layout pass, which would store
     * positions the user never chose).
     */
    public static void remember(SplitPane split, Preferences prefs, String key) {
        double[] stored = decode(prefs.get(key, ""), split.getDividers().size());
        if (stored != null) {
            split.setDividerPositions(stored);
            ChangeListener<Number> whenSized = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Number> o, Number before, Number now) {
                    if (split.getWidth() > 0 && split.getHeight() > 0) {
                        split.widthProperty().removeListener(this);
                        split.heightProperty().removeListener(this);
                        split.setDividerPositions(stored);
                        Platform.runLater(() -> split.setDividerPositions(stored));
                    }
                }
            };
            split.widthProperty().addListener(whenSized);
            split.heightProperty().addListener(whenSized);
        }
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> save(split, prefs, key));
    }

    /** Stores the current positions now. */
    public static void save(SplitPane split, Preferences prefs, String key) {
        if (split.getWidth() > 0 && split.getHeight() > 0) {
            prefs.put(key, encode(split));
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
