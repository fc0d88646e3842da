package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Customer;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.AppHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening a backup file from the file manager starts the app with its path: once the main window
 * shows, the restore confirmation (the same dialog as File → Restore) asks about that file.
 */
@ExtendWith(ApplicationExtension.class)
class OpenBackupAtStartTest {
    @TempDir
    Path dir;
    private final Preferences prefs = Preferences.userRoot().node("cashtrail-test/" + UUID.randomUUID());
    private Stage stage;
    private CashtrailApp app;
    private Path backup;

    @Start
    void start(Stage s) {
        this.stage = s;
        Messages.use(Messages.ENGLISH);
    }

    @BeforeEach
    void backupWithOneCustomer() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.customers().save(Customer.named("宁波港集团"));
            backup = ws.backup("manual");
        }
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        CashtrailApp.openAtStart(null);
        if (app != null) {
            robot.interact(() -> {
                app.stop();
                stage.hide();
            });
        }
        prefs.removeNode();
    }

    private void startWith(FxRobot robot, Path file) {
        CashtrailApp.configure(dir, dir.resolve("logs/cashtrail.log"));
        CashtrailApp.openAtStart(file);
        app = new CashtrailApp();
        robot.interact(() -> app.show(stage, Workspace.open(dir), prefs, java.util.Optional.empty()));
    }

    private Optional<DialogPane> dialog(FxRobot robot) {
        AppHarness.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").tryQuery().map(n -> (DialogPane) n);
    }

    private static String text(DialogPane pane) {
        return ((Label) pane.getContent()).getText();
    }

    @Test
    void startingWithABackupAsksToRestoreIt(FxRobot robot) {
        assertThat(backup.getFileName().toString()).endsWith(".ctbackup");
        startWith(robot, backup);
        DialogPane pane = dialog(robot).orElseThrow();
        assertThat(text(pane)).isEqualTo(Messages.get("shell.restore.confirm", backup.getFileName()));
        robot.clickOn(Messages.get("common.no"));
        AppHarness.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void aFileThatIsNoBackupIsRefused(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.ctbackup"), "not a backup");
        startWith(robot, notes);
        DialogPane pane = dialog(robot).orElseThrow();
        assertThat(text(pane)).isEqualTo(Messages.get("cli.restore.notBackup", notes));
        robot.clickOn(pane.lookupButton(pane.getButtonTypes().get(0)));
    }

    @Test
    void agreeingRestoresTheBackup(FxRobot robot) {
        AppHarness harness = new AppHarness(dir);
        try {
            robot.interact(() -> harness.start(stage));
            harness.workspace().customers().save(Customer.named("later"));
            javafx.application.Platform.runLater(() -> harness.window().restoreFrom(backup));
            dialog(robot).orElseThrow();
            robot.clickOn(Messages.get("common.yes"));
            harness.waitIdle();
            assertThat(harness.workspace().customers().all()).extracting(Customer::name).containsExactly("宁波港集团");
        } finally {
            harness.dispose();
        }
    }

    @Test
    void aBackupOpenedWhileTheAppRunsIsHandedToItsWindow(FxRobot robot) throws Exception {
        startWith(robot, null);
        // a second start with the backup (the file manager's double-click): the folder is in use
        StartupFlow second = new StartupFlow(dir, prefs);
        second.handOver(backup);
        java.util.concurrent.atomic.AtomicReference<Optional<Workspace>> result =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread start = new Thread(() -> result.set(second.open()));
        start.start();
        DialogPane pane = dialog(robot).orElseThrow();
        assertThat(text(pane)).isEqualTo(Messages.get("shell.restore.confirm", backup.getFileName()));
        start.join(10_000);
        assertThat(result.get()).isEmpty(); // the second start ends quietly: its file went to the window
        robot.clickOn(Messages.get("common.no"));
        assertThat(dir.resolve("open-requests")).isEmptyDirectory();
    }
}
