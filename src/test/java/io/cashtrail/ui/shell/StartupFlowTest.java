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
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StartupFlowTest {
    @TempDir
    Path dir;
    private final Preferences prefs = Preferences.userRoot().node("cashtrail-test/" + UUID.randomUUID());
    private final AtomicReference<Optional<Workspace>> result = new AtomicReference<>();
    private StartupFlow flow;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.ENGLISH);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (result.get() != null) {
            result.get().ifPresent(Workspace::close);
        }
        prefs.removeNode();
    }

    private void openInBackground() {
        flow = new StartupFlow(dir, prefs);
        Platform.runLater(() -> result.set(flow.open()));
    }

    @Test
    void aDamagedDatabaseOffersTheNewestBackupAndKeepsTheDamagedFile(FxRobot robot) throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.customers().save(Customer.named("备份里的客户"));
            ws.backup("manual");
        }
        Path file = dir.resolve("cashtrail.mv.db");
        byte[] junk = new byte[(int) Files.size(file)];
        java.util.Arrays.fill(junk, (byte) 7);
        Files.write(file, junk);

        openInBackground();
        AppHarness.waitFor(() -> robot.lookup(Messages.get("startup.damaged.restore")).tryQuery().isPresent());
        robot.clickOn(Messages.get("startup.damaged.restore"));
        AppHarness.waitFor(() -> result.get() != null);

        Workspace ws = result.get().orElseThrow();
        assertThat(ws.customers().all()).extracting(Customer::name).containsExactly("备份里的客户");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("cashtrail-before-restore")))
                    .singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(junk));
        }
    }

    @Test
    void aDamagedDatabaseWithoutBackupCanStartEmptyAndKeepsTheDamagedFile(FxRobot robot) throws Exception {
        Files.write(dir.resolve("cashtrail.mv.db"), new byte[8192]);
        openInBackground();
        AppHarness.waitFor(() -> robot.lookup(Messages.get("startup.damaged.empty")).tryQuery().isPresent());
        robot.clickOn(Messages.get("startup.damaged.empty"));
        AppHarness.waitFor(() -> result.get() != null);
        assertThat(result.get()).isPresent();
        assertThat(result.get().get().isEmpty()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("cashtrail-damaged-"));
        }
    }

    @Test
    void firstRunOffersDemoDataOnceOnAnEmptyFolder(FxRobot robot) {
        openInBackground();
        AppHarness.waitFor(() -> robot.lookup("#firstrun-next").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#firstrun-next").queryButton().fire());
        robot.interact(() -> robot.lookup("#firstrun-demo").queryButton().fire());
        AppHarness.waitFor(() -> result.get() != null);
        assertThat(flow.demoWanted()).isTrue();
        result.get().orElseThrow().close();
        result.set(null);
        openInBackground();
        AppHarness.waitFor(() -> result.get() != null);
        assertThat(flow.demoWanted()).isFalse();
    }

    @Test
    void aFolderInUseIsRefusedWithAClearMessage(FxRobot robot) {
        try (Workspace other = Workspace.open(dir)) {
            openInBackground();
            String expected = Messages.get("error.inUse", dir.toAbsolutePath().normalize());
            AppHarness.waitForLabel(robot, expected);
            robot.clickOn(Messages.get("common.ok"));
            AppHarness.waitFor(() -> result.get() != null);
            assertThat(result.get()).isEmpty();
        }
    }

    @Test
    void aFileForAFolderThatNoWindowHoldsIsNotLostTheRefusalComesAsBefore(FxRobot robot) throws Exception {
        try (Workspace other = Workspace.open(dir)) { // e.g. a command holds the folder: nobody takes requests
            flow = new StartupFlow(dir, prefs);
            flow.handOver(dir.resolve("some.ctbackup"));
            Platform.runLater(() -> result.set(flow.open()));
            String expected = Messages.get("error.inUse", dir.toAbsolutePath().normalize());
            AppHarness.waitForLabel(robot, expected);
            robot.clickOn(Messages.get("common.ok"));
            AppHarness.waitFor(() -> result.get() != null);
            assertThat(result.get()).isEmpty();
            assertThat(dir.resolve("open-requests")).isEmptyDirectory(); // the request was withdrawn
        }
    }
}
