package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Customer;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.EarlyOpen;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.AppHarness;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The start as the launcher does it: the data folder opens on EarlyOpen's thread while the window
 * is built; the window shows the folder's data, and when the folder cannot be opened the user gets
 * one clear message, not also the failures of the early window's loads.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyStartTest {
    @TempDir
    Path dir;
    private Stage stage;
    private CashtrailApp app;

    @Start
    void start(Stage s) {
        this.stage = s;
        Messages.use(Messages.ENGLISH);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        if (app != null) {
            robot.interact(() -> {
                app.stop();
                stage.hide();
            });
        }
        Messages.use(Messages.ENGLISH);
    }

    private void seed() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.customers().save(Customer.named("宁波港集团"));
        }
    }

    @Test
    void theWindowBuiltWhileTheFolderOpensShowsItsData(FxRobot robot) {
        seed();
        CashtrailApp.configure(dir, dir.resolve("logs/cashtrail.log"));
        EarlyOpen.start(dir);
        app = new CashtrailApp();
        robot.interact(() -> app.start(stage));
        assertThat(stage.isShowing()).isTrue();
        assertThat(EarlyOpen.pending(dir)).isNull(); // the early open was taken, not a second one
        AppHarness.waitFor(() -> !robot.lookup("#dashboard-outstanding").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#nav-customers");
        AppHarness.waitFor(() -> robot.lookup("宁波港集团").tryQuery().isPresent());
    }

    @Test
    void aFolderInUseIsRefusedOnceAndTheEarlyWindowSaysNothing(FxRobot robot) throws Exception {
        seed();
        try (Workspace other = Workspace.open(dir)) {
            CashtrailApp.configure(dir, dir.resolve("logs/cashtrail.log"));
            EarlyOpen.start(dir);
            app = new CashtrailApp();
            java.util.concurrent.atomic.AtomicBoolean exited = new java.util.concurrent.atomic.AtomicBoolean();
            app.exit = () -> exited.set(true);
            Platform.runLater(() -> app.start(stage));
            String expected = Messages.get("error.inUse", dir.toAbsolutePath().normalize());
            AppHarness.waitForLabel(robot, expected);
            Thread.sleep(500); // time for any load of the early window to fail and report
            assertThat(robot.lookup(".dialog-pane").queryAll()).hasSize(1);
            robot.clickOn(Messages.get("common.ok"));
            AppHarness.waitFor(exited::get);
            assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        }
    }

    @Test
    void aFirstStartShowsTheWizardAndThenAWindowOnTheChosenStart(FxRobot robot) {
        Path fresh = dir.resolve("new");
        robot.interact(stage::hide);
        CashtrailApp.configure(fresh, fresh.resolve("logs/cashtrail.log"), true);
        EarlyOpen.start(fresh);
        app = new CashtrailApp();
        Platform.runLater(() -> app.start(stage));
        AppHarness.waitFor(() -> robot.lookup("#firstrun-next").tryQuery().isPresent());
        assertThat(stage.isShowing()).isFalse(); // no empty main window behind the wizard
        robot.interact(() -> robot.lookup("#firstrun-next").queryButton().fire());
        robot.interact(() -> robot.lookup("#firstrun-demo").queryButton().fire());
        AppHarness.waitFor(stage::isShowing);
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide)); // the guided tour
        AppHarness.waitFor(() -> robot.lookup("#status-counts").queryAs(Label.class).getText().matches(".*\\d{3}.*"));
    }
}
