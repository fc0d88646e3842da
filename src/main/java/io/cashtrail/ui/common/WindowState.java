package io.cashtrail.ui.common;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers a window's size, position and maximised state per user. A position that would leave the
 * window out of sight (its monitor was removed) is dropped, so the window opens centred on a screen
 * that exists; a size larger than that screen is shrunk to fit.
 */
public final class WindowState {
    private WindowState() {
    }

    /** Sets size and position from the preferences under {@code key}; call before the stage is shown. */
    public static void restore(Stage stage, Preferences prefs, String key, double defaultWidth, double defaultHeight) {
        double w = prefs.getDouble(key + ".width", defaultWidth);
        double h = prefs.getDouble(key + ".height", defaultHeight);
        double x = prefs.getDouble(key + ".x", Double.NaN);
        double y = prefs.getDouble(key + ".y", Double.NaN);
        Rectangle2D area = usableArea(x, y, w, h);
        w = Math.min(w, area.getWidth());
        h = Math.min(h, area.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y) && visible(x, y, w, h)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.setX(area.getMinX() + (area.getWidth() - w) / 2);
            stage.setY(area.getMinY() + (area.getHeight() - h) / 3);
        }
        stage.setMaximized(prefs.getBoolean(key + ".maximized", false));
    }

    /** Saves the state now (the normal size is kept while maximised). */
    public static void save(Stage stage, Preferences prefs, String key) {
        prefs.putBoolean(key + ".maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            prefs.putDouble(key + ".width", stage.getWidth());
            prefs.putDouble(key + ".height", stage.getHeight());
            prefs.putDouble(key + ".x", stage.getX());
            prefs.putDouble(key + ".y", stage.getY());
        }
    }

    /** Restores now and saves whenever the window is hidden. */
    public static void remember(Stage stage, Preferences prefs, String key, double defaultWidth, double defaultHeight) {
        restore(stage, prefs, key, defaultWidth, defaultHeight);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> save(stage, prefs, key));
    }

    /**
     * Shrinks and moves a window into the screen when it is shown, for windows with a fixed first size
     * (1366x768 at 150 % leaves about 910x512).
     */
    public static void keepOnScreen(Stage stage) {
        Rectangle2D vb = Screen.getPrimary().getVisualBounds();
        stage.setMaxWidth(vb.getWidth());
        stage.setMaxHeight(vb.getHeight());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> fit(stage));
    }

    static void fit(Stage s) {
        Rectangle2D vb = usableArea(s.getX(), s.getY(), s.getWidth(), s.getHeight());
        if (s.getWidth() > vb.getWidth()) {
            s.setWidth(vb.getWidth());
        }
        if (s.getHeight() > vb.getHeight()) {
            s.setHeight(vb.getHeight());
        }
        if (s.getX() < vb.getMinX() || s.getX() + s.getWidth() > vb.getMaxX()) {
            s.setX(Math.max(vb.getMinX(), vb.getMaxX() - s.getWidth()));
        }
        if (s.getY() < vb.getMinY() || s.getY() + s.getHeight() > vb.getMaxY()) {
            s.setY(Math.max(vb.getMinY(), vb.getMaxY() - s.getHeight()));
        }
    }

    /** True when the window's title bar (its top 40 px, at least 100 px wide) lies on some screen. */
    public static boolean visible(double x, double y, double w, double h) {
        Rectangle2D title = new Rectangle2D(x + Math.min(40, w / 4), y, Math.max(1, Math.min(100, w / 2)), 40);
        for (Screen s : Screen.getScreens()) {
            if (s.getVisualBounds().intersects(title)) {
                return true;
            }
        }
        return false;
    }

    private static Rectangle2D usableArea(double x, double y, double w, double h) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            var screens = Screen.getScreensForRectangle(x, y, Math.max(1, w), Math.max(1, h));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
