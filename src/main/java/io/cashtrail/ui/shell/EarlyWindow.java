package io.cashtrail.ui.shell;

import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.BackgroundWork;
import io.cashtrail.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window built while the data folder is still opening (a faster start, bench/run startup).
 * Until the start-up flow has the workspace, it is not known to be the window wanted: a first-run
 * choice, a rescued database or a folder in use each need another. So failures of its loads are
 * held: reported once it is adopted, only logged when it is dropped (they then only say that the
 * folder could not be opened, which the start-up flow reports itself).
 */
final class EarlyWindow {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyWindow.class);

    private final Stage stage;
    private final CompletableFuture<Workspace> opening;
    private final BackgroundWork work = new BackgroundWork();
    private final List<Throwable> held = new ArrayList<>();
    private final MainWindow window;
    private boolean started;

    private EarlyWindow(Stage stage, CompletableFuture<Workspace> opening, Path dataDir, Preferences prefs,
            Path logFile, Consumer<Runnable> reopen) {
        this.stage = stage;
        this.opening = opening;
        this.window = new MainWindow(stage, opening, dataDir, work, prefs, logFile, reopen);
        work.setErrorHandler(held::add);
    }

    /** The window on the folder being opened, or null when building it needed the workspace and that failed. */
    static EarlyWindow build(Stage stage, CompletableFuture<Workspace> opening, Path dataDir, Preferences prefs,
            Path logFile, Consumer<Runnable> reopen) {
        try {
            return new EarlyWindow(stage, opening, dataDir, prefs, logFile, reopen);
        } catch (RuntimeException e) {
            LOG.debug("Main window not built early; built after the open", e);
            return null;
        }
    }

    /** Starts its loads (they wait for the open) and shows it now, unless the open has already failed. */
    void showNow() {
        if (opening.isCompletedExceptionally()) {
            return;
        }
        window.start();
        started = true;
        window.show();
    }

    /** Whether {@code ws}, what the start-up flow opened, is the workspace this window was built on. */
    boolean builtOn(Workspace ws) {
        return ws == opening.getNow(null);
    }

    /** Takes it as the main window: loads started, held failures reported, later ones shown as usual. */
    MainWindow adopt() {
        if (!started) {
            window.start();
        }
        work.setErrorHandler(t -> Dialogs.error(stage, t));
        held.forEach(t -> Dialogs.error(stage, t));
        held.clear();
        return window;
    }

    BackgroundWork work() {
        return work;
    }

    /** Drops it: its loads read a folder not used (or not opened); nothing of it is reported. */
    void discard() {
        work.setErrorHandler(t -> LOG.debug("Load of the dropped early window", t));
        held.forEach(t -> LOG.debug("Load of the dropped early window", t));
        held.clear();
        work.shutdown();
    }
}
