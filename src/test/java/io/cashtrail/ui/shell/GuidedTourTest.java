package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.AppHarness;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The guided tour: reopened from Help, steps forward and back through the screens, can be skipped. */
@ExtendWith(ApplicationExtension.class)
class GuidedTourTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(dir);
        app.start(stage);
        Messages.use(Messages.ENGLISH);
    }

    @AfterEach
    void stop() {
        app.dispose();
    }

    private static void fire(FxRobot robot, String id) {
        AppHarness.waitFor(() -> robot.lookup(id).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private void openFromHelpMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(bar.getMenus().size() - 1).getItems().stream()
                .filter(i -> "menu-help-tour".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo(Messages.get("tour.menu"));
        robot.interact(item::fire);
    }

    @Test
    void stepsThroughTheScreensAndCanBeSkippedAndReopened(FxRobot robot) {
        app.waitIdle();
        openFromHelpMenu(robot);
        AppHarness.waitFor(() -> robot.lookup("#tour-popover").tryQuery().isPresent());
        assertThat(robot.lookup("#tour-title").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("tour.welcome.title"));
        assertThat(robot.lookup("#tour-back").queryButton().isDisabled()).isTrue();

        fire(robot, "#tour-next");
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected()).isTrue();
        fire(robot, "#tour-next");
        assertThat(robot.lookup("#tour-title").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("tour.orders.title"));
        assertThat(robot.lookup("#nav-orders").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#tour-progress").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("tour.progress", 3, app.window().tour().size()));
        fire(robot, "#tour-back");
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected()).isTrue();

        fire(robot, "#tour-skip");
        assertThat(robot.lookup("#tour-popover").tryQuery()).isEmpty();
        assertThat(app.window().tour().isShowing()).isFalse();

        openFromHelpMenu(robot);
        AppHarness.waitFor(() -> robot.lookup("#tour-popover").tryQuery().isPresent());
        int steps = app.window().tour().size();
        for (int i = 0; i < steps - 1; i++) {
            fire(robot, "#tour-next");
        }
        assertThat(robot.lookup("#tour-next").queryButton().getText()).isEqualTo(Messages.get("tour.done"));
        assertThat(robot.lookup("#tour-title").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("tour.import.title"));
        fire(robot, "#tour-next");
        assertThat(app.window().tour().isShowing()).isFalse();
    }
}
