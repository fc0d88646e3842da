package io.cashtrail.ui;

import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.BackgroundWork;
import io.cashtrail.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the real main window on a temporary data folder for UI tests, with its own preferences node;
 * "restart" closes the workspace and opens a new window on the same folder, like quitting and
 * starting the app again.
 */
public final class AppHarness {
    private final Path dataDir;
    private final Preferences prefs = Preferences.userRoot().node("cashtrail-test/" + UUID.randomUUID());
    private Stage stage;
    private Workspace workspace;
    private BackgroundWork work;
    private MainWindow window;

    public AppHarness(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Opens the workspace and shows the main window (call on the FX thread, e.g. from @Start). */
    public void start(Stage s) {
        this.stage = s;
        Messages.use(LanguagePreference.locale(prefs));
        workspace = Workspace.open(dataDir);
        work = new BackgroundWork();
        window = new MainWindow(stage, workspace, work, prefs, dataDir.resolve("logs/cashtrail.log"), this::reopen);
        window.show();
    }

    private void reopen(Runnable between) {
        close();
        between.run();
        start(stage);
    }

    /** Like quitting and starting again on the same data folder. */
    public void restart(FxRobot robot) {
        robot.interact(() -> reopen(() -> { }));
        waitIdle();
    }

    public void close() {
        if (work != null) {
            work.shutdown();
        }
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    /** Closes everything and forgets the test's preferences. */
    public void dispose() {
        close();
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // already gone
        }
        Messages.use(Messages.ENGLISH);
    }

    public Workspace workspace() {
        return workspace;
    }

    public MainWindow window() {
        return window;
    }

    public Preferences prefs() {
        return prefs;
    }

    /** Waits until background work has finished and the FX thread has run its callbacks. */
    public void waitIdle() {
        waitFor(() -> !work.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a label showing exactly {@code text} is on screen (e.g. a dialog's message). */
    public static void waitForLabel(org.testfx.api.FxRobot robot, String text) {
        waitFor(() -> robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && text.equals(l.getText())).tryQuery().isPresent());
    }

    /**
     * Runs {@code check} with {@code window} narrowed to {@code width}, then gives the window its
     * width back (the run's UI tests share one stage).
     */
    public static void atWidth(FxRobot robot, javafx.stage.Window window, double width, Runnable check) {
        double before = window.getWidth();
        robot.interact(() -> window.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            check.run();
        } finally {
            robot.interact(() -> window.setWidth(before));
        }
    }

    /**
     * Runs {@code check} at the largest font size (Settings → Font size), every window opened meanwhile
     * included, and gives the default size back.
     */
    public static void atLargestFont(FxRobot robot, Preferences prefs, Runnable check) {
        robot.interact(() -> {
            io.cashtrail.ui.common.FontScale.set(prefs, io.cashtrail.ui.common.FontScale.MAX);
            io.cashtrail.ui.common.FontScale.install(prefs);
        });
        try {
            check.run();
        } finally {
            robot.interact(() -> io.cashtrail.ui.common.FontScale.set(prefs, io.cashtrail.ui.common.FontScale.DEFAULT));
        }
    }

    /** The visible texts of {@code node}'s window that are drawn cut (ending in an ellipsis). */
    public static java.util.List<String> cutTexts(FxRobot robot, javafx.scene.Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(node.getScene().getRoot()).lookup(".text").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(javafx.scene.Node::isVisible).map(javafx.scene.text.Text::getText)
                .filter(t -> t != null && (t.endsWith("…") || t.endsWith("..."))).toList();
    }

    public static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
