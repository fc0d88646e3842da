package io.cashtrail.ui.shell;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Maintenance;
import io.cashtrail.service.Workspace;
import io.cashtrail.service.WorkspaceException;
import io.cashtrail.ui.common.Dialogs;
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
 * run of an empty database the choice between demo data and starting empty.
 */
final class StartupFlow {
    static final String FIRST_RUN_DONE = "firstRunDone";
    private static final Logger LOG = LoggerFactory.getLogger(StartupFlow.class);

    private final Path dataDir;
    private final Preferences prefs;

    StartupFlow(Path dataDir, Preferences prefs) {
        this.dataDir = dataDir;
        this.prefs = prefs;
    }

    /** The user chose demo data on the first run; the caller loads it in the background. */
    private boolean demoWanted;

    boolean demoWanted() {
        return demoWanted;
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
            Dialogs.error(null, e);
            return Optional.empty();
        }
        offerDemoOnFirstRun(ws);
        return Optional.of(ws);
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

    private void offerDemoOnFirstRun(Workspace ws) {
        if (prefs.getBoolean(FIRST_RUN_DONE + "." + dataDir.hashCode(), false) || !ws.isEmpty()) {
            return;
        }
        prefs.putBoolean(FIRST_RUN_DONE + "." + dataDir.hashCode(), true);
        ButtonType demo = new ButtonType(Messages.get("startup.firstRun.demo"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(Messages.get("startup.firstRun.empty"), ButtonBar.ButtonData.NO);
        Alert a = Dialogs.alert(null, Alert.AlertType.CONFIRMATION, Messages.get("startup.firstRun.title"),
                Messages.get("startup.firstRun.text", dataDir), demo, empty);
        demoWanted = a.showAndWait().orElse(empty) == demo;
    }
}
