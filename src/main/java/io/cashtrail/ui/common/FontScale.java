package io.cashtrail.ui.common;

import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * The user's font size (90–150 % of the system font, for high-DPI screens and older eyes): set as
 * {@code -fx-font-size} on the root of every window's scene, so em-based sizes grow with it.
 */
public final class FontScale {
    public static final String KEY = "fontScalePercent";
    public static final int MIN = 90;
    public static final int MAX = 150;
    public static final int DEFAULT = 100;
    private static final String MARK = "/*font-scale*/";
    private static volatile int percent = DEFAULT;
    private static boolean installed;

    private FontScale() {
    }

    public static int percent() {
        return percent;
    }

    /** A width or height given in pixels at 100 %, at the user's font size (so text still fits in it). */
    public static double scaled(double pixelsAt100) {
        return pixelsAt100 * percent / 100.0;
    }

    /** The size of one em in pixels at the user's font size, for sizes computed in code. */
    public static double em() {
        return Font.getDefault().getSize() * percent / 100.0;
    }

    /** The stored choice, clamped to the allowed range. */
    public static int stored(Preferences prefs) {
        return clamp(prefs.getInt(KEY, DEFAULT));
    }

    public static int clamp(int p) {
        return Math.max(MIN, Math.min(MAX, p));
    }

    /** Reads the stored size and applies it to all windows, now and as they open (call on the FX thread). */
    public static void install(Preferences prefs) {
        percent = stored(prefs);
        if (!installed) {
            installed = true;
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(FontScale::watch);
                }
            });
        }
        Window.getWindows().forEach(FontScale::watch);
    }

    /** Saves a new size and applies it to every open window. */
    public static void set(Preferences prefs, int newPercent) {
        percent = clamp(newPercent);
        prefs.putInt(KEY, percent);
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() != null) {
                applyTo(w.getScene().getRoot());
            }
        }
    }

    private static void watch(Window w) {
        if (w.getProperties().putIfAbsent(MARK, Boolean.TRUE) != null) {
            return;
        }
        apply(w.getScene());
        w.sceneProperty().addListener((o, a, scene) -> apply(scene));
    }

    /** Puts the size on a scene's root now and whenever the root changes. */
    public static void apply(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scene.getRoot() != null) {
            applyTo(scene.getRoot());
        }
        if (scene.getProperties().putIfAbsent(MARK, Boolean.TRUE) == null) {
            scene.rootProperty().addListener((o, a, r) -> {
                if (r != null) {
                    applyTo(r);
                }
            });
        }
    }

    private static void applyTo(Parent root) {
        String style = root.getStyle() == null ? "" : root.getStyle();
        int at = style.indexOf(MARK);
        if (at >= 0) {
            style = style.substring(0, at);
        }
        if (percent != DEFAULT) {
            double size = Math.round(Font.getDefault().getSize() * percent / 10.0) / 10.0;
            style = style + MARK + "-fx-font-size: " + size + "px;";
        }
        root.setStyle(style);
        if (percent != DEFAULT) {
            for (javafx.scene.Node n : root.lookupAll(".button-bar")) {
                if (n instanceof ButtonBar bar) {
                    fitButtons(bar);
                }
            }
        }
    }

    /**
     * A dialog's button bar sizes its buttons alike from their text measured before the font size
     * reaches them, so at 150 % "Cancel" came out as "Can…": its minimum button width is set to
     * its widest text at the user's size.
     */
    private static void fitButtons(ButtonBar bar) {
        double em = em();
        double widest = 0;
        for (javafx.scene.Node b : bar.getButtons()) {
            if (b instanceof javafx.scene.control.Labeled l && l.getText() != null) {
                widest = Math.max(widest, ColumnFit.textWidth(l.getText(), em, false));
            }
        }
        double min = Math.max(scaled(70), Math.ceil(widest + 1.8 * em));
        if (bar.getButtonMinWidth() != min) {
            bar.setButtonMinWidth(min);
        }
    }
}
