package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.AppHarness;
import io.cashtrail.ui.firstrun.DataFolderChoice;
import io.cashtrail.ui.firstrun.FirstRunChoice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-run wizard and what happens after it: demo data, an empty start, the import wizard, the tour. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWizardTest {
    @TempDir
    Path dir;
    private final Preferences prefs = Preferences.userRoot().node("cashtrail-test/" + UUID.randomUUID());
    private final AtomicReference<Optional<Workspace>> result = new AtomicReference<>();
    private StartupFlow flow;
    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage s) {
        this.stage = s;
        Messages.use(Messages.ENGLISH);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            app.dispose();
        }
        if (result.get() != null) {
            result.get().ifPresent(Workspace::close);
        }
        prefs.removeNode();
        Messages.use(Messages.ENGLISH);
    }

    private void openInBackground(Path folder, Path otherFolder) {
        flow = new StartupFlow(folder, prefs);
        if (otherFolder != null) {
            flow.folderChooser = w -> otherFolder;
        }
        Platform.runLater(() -> result.set(flow.open()));
        AppHarness.waitFor(() -> lookup("#firstrun-next").isPresent() && lookup("#firstrun-company").isPresent());
    }

    private Optional<javafx.scene.Node> lookup(String query) {
        return new FxRobot().lookup(query).tryQuery();
    }

    private void fire(FxRobot robot, String id) {
        AppHarness.waitFor(() -> lookup(id).isPresent());
        javafx.scene.control.ButtonBase b = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(b::fire);
    }

    @Test
    void demoPathSavesTheCompanyLoadsTheDemoAndOffersTheTour(FxRobot robot) {
        openInBackground(dir, null);
        assertThat(robot.lookup("#firstrun-folder").queryAs(Label.class).getText()).isEqualTo(dir.toString());
        robot.interact(() -> robot.lookup("#firstrun-company").queryTextInputControl().setText("苏州恒泰机械"));
        fire(robot, "#firstrun-next");
        fire(robot, "#firstrun-demo");
        AppHarness.waitFor(() -> result.get() != null);
        assertThat(flow.demoWanted()).isTrue();
        FirstRunChoice choice = flow.firstRun().orElseThrow();
        assertThat(choice.companyName()).isEqualTo("苏州恒泰机械");
        result.get().orElseThrow().close();
        result.set(null);

        followUp(choice);
        assertThat(app.workspace().isEmpty()).isFalse();
        assertThat(app.workspace().settings().companyName()).isEqualTo("苏州恒泰机械");
        assertThat(app.window().tour()).isNotNull();
        assertThat(app.window().tour().isShowing()).isTrue();
        assertThat(robot.lookup("#tour-popover").tryQuery()).isPresent();

        openInBackgroundExpectingNoWizard();
    }

    private void openInBackgroundExpectingNoWizard() {
        app.close();
        StartupFlow again = new StartupFlow(dir, prefs);
        AtomicReference<Optional<Workspace>> second = new AtomicReference<>();
        Platform.runLater(() -> second.set(again.open()));
        AppHarness.waitFor(() -> second.get() != null);
        assertThat(again.firstRun()).isEmpty();
        second.get().ifPresent(Workspace::close);
        app = null;
    }

    @Test
    void emptyPathStartsEmptyAndOffersTheTour(FxRobot robot) {
        openInBackground(dir, null);
        fire(robot, "#firstrun-next");
        fire(robot, "#firstrun-empty");
        AppHarness.waitFor(() -> result.get() != null);
        assertThat(flow.demoWanted()).isFalse();
        FirstRunChoice choice = flow.firstRun().orElseThrow();
        assertThat(choice.start()).isEqualTo(FirstRunChoice.Start.EMPTY);
        result.get().orElseThrow().close();
        result.set(null);

        followUp(choice);
        assertThat(app.workspace().isEmpty()).isTrue();
        assertThat(app.window().tour().isShowing()).isTrue();
    }

    @Test
    void importPathOpensTheImportWizard(FxRobot robot) throws Exception {
        Path ledger = LedgerWorkbooks.ledger(dir.resolve(".."), "first-" + UUID.randomUUID() + ".xlsx", false);
        openInBackground(dir, null);
        fire(robot, "#firstrun-next");
        fire(robot, "#firstrun-import");
        AppHarness.waitFor(() -> result.get() != null);
        FirstRunChoice choice = flow.firstRun().orElseThrow();
        assertThat(choice.start()).isEqualTo(FirstRunChoice.Start.IMPORT);
        result.get().orElseThrow().close();
        result.set(null);

        app = new AppHarness(dir);
        robot.interact(() -> {
            app.start(stage);
            app.window().setImportFileChooser(w -> ledger);
            FirstRunFollowUp.run(app.window(), choice);
        });
        AppHarness.waitFor(() -> lookup("#wizard-sheet-0").isPresent());
        assertThat(app.window().tour()).isNull();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide));
        java.nio.file.Files.deleteIfExists(ledger);
    }

    @Test
    void languageSwitchesAtOnceAndSkippingChangesNothing(FxRobot robot) {
        openInBackground(dir, null);
        fire(robot, "#firstrun-lang-zh");
        AppHarness.waitFor(() -> lookup("#firstrun-lang-en").isPresent());
        assertThat(robot.lookup("#firstrun-next").queryButton().getText()).isEqualTo("下一步");
        assertThat(LanguagePreference.get(prefs)).isEqualTo("zh_CN");
        fire(robot, "#firstrun-lang-en");
        assertThat(robot.lookup("#firstrun-next").queryButton().getText()).isEqualTo("Next");
        fire(robot, "#firstrun-skip");
        AppHarness.waitFor(() -> result.get() != null);
        assertThat(flow.firstRun().orElseThrow().skipped()).isTrue();
        assertThat(flow.demoWanted()).isFalse();
    }

    @Test
    void anotherDataFolderIsOpenedAndRemembered(FxRobot robot) {
        Path other = dir.resolve("elsewhere");
        openInBackground(dir.resolve("proposed"), other);
        fire(robot, "#firstrun-chooseFolder");
        AppHarness.waitFor(() -> lookup("#firstrun-folder").isPresent());
        assertThat(robot.lookup("#firstrun-folder").queryAs(Label.class).getText()).isEqualTo(other.toString());
        fire(robot, "#firstrun-next");
        fire(robot, "#firstrun-empty");
        AppHarness.waitFor(() -> result.get() != null);
        Workspace ws = result.get().orElseThrow();
        assertThat(ws.dataDir()).isEqualTo(other.toAbsolutePath().normalize());
        assertThat(flow.dataDir()).isEqualTo(other.toAbsolutePath().normalize());
        assertThat(DataFolderChoice.stored(prefs)).contains(other.toAbsolutePath().normalize());
    }

    @Test
    void aFolderFixedByTheCommandLineCannotBeChanged(FxRobot robot) {
        flow = new StartupFlow(dir, prefs, true);
        Platform.runLater(() -> result.set(flow.open()));
        AppHarness.waitFor(() -> lookup("#firstrun-next").isPresent());
        assertThat(robot.lookup("#firstrun-chooseFolder").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#firstrun-folderHint").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("firstrun.folder.fixed"));
        fire(robot, "#firstrun-skip");
        AppHarness.waitFor(() -> result.get() != null);
    }

    private void followUp(FirstRunChoice choice) {
        app = new AppHarness(dir);
        new FxRobot().interact(() -> {
            app.start(stage);
            FirstRunFollowUp.run(app.window(), choice);
        });
        app.waitIdle();
    }
}
