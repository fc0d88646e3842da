package io.cashtrail.ui.shell;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.EarlyOpen;
import io.cashtrail.service.Maintenance;
import io.cashtrail.service.OpenRequests;
import io.cashtrail.service.Workspace;
import io.cashtrail.service.WorkspaceException;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.firstrun.DataFolderChoice;
import io.cashtrail.ui.firstrun.FirstRunChoice;
import io.cashtrail.ui.firstrun.FirstRunWizard;
import java.util.function.Function;
import javafx.stage.Window;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening the data folder as a user meets it: a clear refusal when another Cashtrail has it open,
 * the newest backup offered when the file is damaged (the damaged file is kept), and on the first
 * run of an empty database the first-run wizard (language, company, data folder, how to begin).
 */
final class StartupFlow {
    static final String FIRST_RUN_DONE = "firstRunDone";
    private static final Logger LOG = LoggerFactory.getLogger(StartupFlow.class);

    private final Preferences prefs;
    private final boolean dataDirFixed;
    private Path dataDir;
    private FirstRunChoice firstRun;
    /** Asks for a folder in the wizard; tests replace it. */
    Function<Window, Path> folderChooser;
    /** A file the app was started with (a backup opened from the file manager), or null. */
    private Path handOver;

    StartupFlow(Path dataDir, Preferences prefs) {
        this(dataDir, prefs, false);
    }

    /** {@code dataDirFixed}: given by --data-dir or CASHTRAIL_HOME, so the wizard does not offer another. */
    StartupFlow(Path dataDir, Preferences prefs, boolean dataDirFixed) {
        this.dataDir = dataDir;
        this.prefs = prefs;
        this.dataDirFixed = dataDirFixed;
    }

    /** The user chose demo data on the first run; the caller loads it in the background. */
    boolean demoWanted() {
        return firstRun != null && !firstRun.skipped() && firstRun.start() == FirstRunChoice.Start.DEMO;
    }

    /** What the user chose in the first-run wizard; empty when it was not shown. */
    Optional<FirstRunChoice> firstRun() {
        return Optional.ofNullable(firstRun);
    }

    /** The data folder opened (another one when the user chose it on the first run). */
    Path dataDir() {
        return dataDir;
    }

    /**
     * The file this start was asked to open: when another Cashtrail window has the folder open, the
     * file is handed to it (see {@link OpenRequests}) instead of refusing the start.
     */
    void handOver(Path file) {
        this.handOver = file;
    }

    Optional<Workspace> open() {
        Workspace ws;
        try {
            ws = EarlyOpen.take(dataDir);
        } catch (WorkspaceException e) {
            LOG.warn("Cannot open {}", dataDir, e);
            if (e.reason() == WorkspaceException.Reason.DAMAGED) {
                return rescueDamaged(e);
            }
            if (e.reason() == WorkspaceException.Reason.IN_USE && handOver != null && handedOver()) {
                return Optional.empty();
            }
            Dialogs.error(null, e);
            return Optional.empty();
        }
        return Optional.of(firstRunIfNew(ws));
    }

    /** Leaves the file for the Cashtrail window that has the folder; false when none takes it in a few seconds. */
    private boolean handedOver() {
        try {
            Path request = OpenRequests.post(dataDir, handOver);
            if (OpenRequests.awaitTaken(request, java.time.Duration.ofSeconds(5))) {
                LOG.info("{} handed to the Cashtrail window that has {} open", handOver, dataDir);
                return true;
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Cannot hand {} to the running Cashtrail", handOver, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private Optional<Workspace> rescueDamaged(WorkspaceException e) {
        Optional<Path> newest = Maintenance.newestBackup(dataDir);
        ButtonType restore = new ButtonType(Messages.get("startup.damaged.restore"), ButtonBar.ButtonData.YES);
        ButtonType fresh = new ButtonType(Messages.get("startup.damaged.empty"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(Messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String text = Messages.get("error.damaged", e.dataDir()) + "\n\n"
                + newest.map(p -> Messages.get("startup.damaged.offer", p.getFileName()))
                        .orElse(Messages.get("startup.damaged.noBackup"));
        Alert a = newest.isPresent()
                ? Dialogs.alert(null, Alert.AlertType.ERROR, Messages.get("startup.damaged.title"), text, restore,
                        fresh, quit)
                : Dialogs.alert(null, Alert.AlertType.ERROR, Messages.get("startup.damaged.title"), text, fresh, quit);
        ButtonType choice = a.showAndWait().orElse(quit);
        try {
            if (choice == restore) {
                Maintenance.restore(dataDir, newest.get());
            } else if (choice == fresh) {
                Maintenance.setAsideDamaged(dataDir);
            } else {
                return Optional.empty();
            }
            return Optional.of(Workspace.open(dataDir));
        } catch (RuntimeException ex) {
            LOG.error("Rescue of the damaged database failed", ex);
            Dialogs.error(null, ex);
            return Optional.empty();
        }
    }

    private static String doneKey(Path dir) {
        return FIRST_RUN_DONE + "." + dir.hashCode();
    }

    /** Shows the wizard on the first run of an empty folder; returns the workspace to use. */
    private Workspace firstRunIfNew(Workspace ws) {
        if (prefs.getBoolean(doneKey(dataDir), false) || !ws.isEmpty()) {
            return ws;
        }
        prefs.putBoolean(doneKey(dataDir), true);
        FirstRunWizard wizard = new FirstRunWizard(prefs, dataDir, dataDirFixed);
        if (folderChooser != null) {
            wizard.setFolderChooser(folderChooser);
        }
        firstRun = wizard.showAndWait();
        Path chosen = firstRun.dataDir();
        if (chosen == null || chosen.equals(dataDir) || dataDirFixed) {
            return ws;
        }
        ws.close();
        try {
            Workspace other = Workspace.open(chosen);
            DataFolderChoice.store(prefs, chosen);
            prefs.putBoolean(doneKey(chosen), true);
            dataDir = chosen;
            return other;
        } catch (WorkspaceException e) {
            LOG.warn("Cannot open the chosen folder {}", chosen, e);
            Dialogs.error(null, e);
            return Workspace.open(dataDir);
        }
    }
}
