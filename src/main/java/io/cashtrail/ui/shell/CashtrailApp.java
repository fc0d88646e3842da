package io.cashtrail.ui.shell;

import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.EarlyOpen;
import io.cashtrail.service.OpenRequests;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.BackgroundWork;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.FontScale;
import io.cashtrail.ui.firstrun.FirstRunChoice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the data folder (handling "already open", damaged file and first
 * run), shows the main window, and closes the database when the window closes.
 */
public final class CashtrailApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CashtrailApp.class);
    private static volatile Path dataDir;
    private static volatile Path logFile;
    private static volatile Path fileToOpen;
    private static volatile boolean dataDirFixed;

    private Workspace workspace;
    private BackgroundWork work;
    private MainWindow window;
    /** Ends the app when the start is refused; tests replace it (Platform.exit would end their toolkit). */
    Runnable exit = Platform::exit;
    /** Files handed over by a second start (a backup opened while this window runs); see OpenRequests. */
    private AutoCloseable openRequests;

    /** Called by the launcher before {@link Application#launch}. */
    public static void configure(Path dir, Path log) {
        configure(dir, log, false);
    }

    /** {@code fixed}: the folder came from --data-dir or CASHTRAIL_HOME; the first run does not offer another. */
    public static void configure(Path dir, Path log, boolean fixed) {
        dataDir = dir;
        logFile = log;
        dataDirFixed = fixed;
    }

    /**
     * A backup file the app was started with (opened from the file manager): once the main window
     * shows, the restore dialog is offered for it. Null for none.
     */
    public static void openAtStart(Path file) {
        fileToOpen = file;
    }

    /**
     * Reads the language setting and its texts; the launcher runs it beside the toolkit's start, so
     * {@link #start} finds them loaded (bench/run startup). Safe to skip or to run twice.
     */
    public static void preload() {
        Messages.use(LanguagePreference.locale(LanguagePreference.root()));
    }

    @Override
    public void start(Stage stage) {
        Dialogs.setLogFile(logFile);
        installUncaughtHandler();
        Preferences prefs = LanguagePreference.root();
        Messages.use(LanguagePreference.locale(prefs));
        FontScale.install(prefs);
        StartupFlow flow = new StartupFlow(dataDir, prefs, dataDirFixed);
        flow.handOver(fileToOpen);
        // the window is built while the database opens on its own thread (EarlyOpen)
        CompletableFuture<Workspace> opening = EarlyOpen.pending(dataDir);
        EarlyWindow early = opening == null ? null
                : EarlyWindow.build(stage, opening, dataDir, prefs, logFile, this::reopen);
        if (early != null && EarlyOpen.hadDatabase(dataDir) && fileToOpen == null) {
            // not a first start here (and no file that may be for another window): show it at once
            stage.getIcons().setAll(icons());
            early.showNow();
        }
        Optional<Workspace> ws = flow.open();
        if (ws.isEmpty()) {
            if (early != null) {
                early.discard();
            }
            exit.run();
            return;
        }
        stage.getIcons().setAll(icons());
        dataDir = flow.dataDir();
        if (early != null && flow.firstRun().isEmpty() && early.builtOn(ws.get())) {
            this.workspace = ws.get();
            this.work = early.work();
            this.window = early.adopt();
            showBuilt(ws.get(), Optional.empty());
        } else {
            // another folder, a rescued database or a first-run choice: not the window wanted
            if (early != null) {
                early.discard();
            }
            show(stage, ws.get(), prefs, flow.firstRun());
        }
    }

    /** Builds and shows the main window on an open workspace (also used after a restore). */
    void show(Stage stage, Workspace ws, Preferences prefs, Optional<FirstRunChoice> firstRun) {
        this.workspace = ws;
        this.work = new BackgroundWork();
        this.window = new MainWindow(stage, ws, work, prefs, logFile, this::reopen);
        showBuilt(ws, firstRun);
    }

    private void showBuilt(Workspace ws, Optional<FirstRunChoice> firstRun) {
        window.show();
        MainWindow shownWindow = window;
        openRequests = OpenRequests.watch(ws.dataDir(), f -> Platform.runLater(() -> {
            shownWindow.stage().toFront();
            shownWindow.restoreFrom(f);
        }));
        if (firstRun.isPresent()) {
            FirstRunFollowUp.run(window, firstRun.get());
        } else {
            work.write(Messages.get("shell.backup.daily"), ws::dailyBackup, p -> { });
            window.showDigest();
        }
        Path file = fileToOpen;
        fileToOpen = null;
        if (file != null) {
            MainWindow shown = window;
            Platform.runLater(() -> shown.restoreFrom(file));
        }
    }

    /** The app icon in the sizes the window managers pick from (rendered by installer/icons/make-icons). */
    static java.util.List<javafx.scene.image.Image> icons() {
        return java.util.stream.IntStream.of(16, 32, 48, 64, 128, 256)
                .mapToObj(n -> CashtrailApp.class.getResource("/io/cashtrail/ui/icons/cashtrail-" + n + ".png"))
                .filter(java.util.Objects::nonNull)
                .map(u -> new javafx.scene.image.Image(u.toExternalForm(), true))
                .toList();
    }

    /** Closes the workspace, runs {@code between} (e.g. a restore), and reopens the window. */
    private void reopen(Runnable between) {
        Stage stage = window.stage();
        Preferences prefs = LanguagePreference.root();
        for (javafx.stage.Window w : java.util.List.copyOf(javafx.stage.Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
        closeWorkspace();
        try {
            between.run();
        } finally {
            Messages.use(LanguagePreference.locale(prefs));
            StartupFlow flow = new StartupFlow(dataDir, prefs, dataDirFixed);
            Optional<Workspace> ws = flow.open();
            if (ws.isEmpty()) {
                exit.run();
            } else {
                dataDir = flow.dataDir();
                show(stage, ws.get(), prefs, flow.firstRun());
            }
        }
    }

    private void closeWorkspace() {
        if (openRequests != null) {
            try {
                openRequests.close();
            } catch (Exception e) {
                LOG.debug("Stopping the open requests", e);
            }
            openRequests = null;
        }
        if (work != null) {
            work.shutdown();
        }
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveState();
        }
        closeWorkspace();
        LOG.info("Cashtrail closed");
    }

    private static void installUncaughtHandler() {
        Thread.UncaughtExceptionHandler handler = (thread, e) -> {
            LOG.error("Uncaught exception in {}", thread.getName(), e);
            Platform.runLater(() -> Dialogs.error(null, e));
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }
}
