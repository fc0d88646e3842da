package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.ui.AppHarness;
import io.cashtrail.ui.common.BackgroundWork;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BusyIndicatorTest {
    private final BackgroundWork work = new BackgroundWork();
    private BusyIndicator indicator;

    @Start
    void start(Stage stage) {
        indicator = new BusyIndicator(work);
        Scene scene = new Scene(new HBox(indicator.view()), 400, 40);
        scene.getStylesheets().add(getClass().getResource("/io/cashtrail/ui/cashtrail.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        work.shutdown();
    }

    @Test
    void showsReadyThenProgressAndMessageOnlyForLongWork(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#status-busy .label").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup("#status-progress").tryQuery()).isEmpty(); // not even made yet

        // short work: nothing changes on screen
        CountDownLatch quick = new CountDownLatch(1);
        robot.interact(() -> work.read("短任务", () -> "done", r -> quick.countDown()));
        assertThat(quick.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.sleep((long) BusyIndicator.DELAY.toMillis() + 200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(indicator.working()).isFalse();
        assertThat(robot.lookup("#status-progress").tryQuery()).isEmpty();

        // long work: after the delay the progress bar and the message show, then "ready" again
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> work.read("正在导入", () -> release.await(20, TimeUnit.SECONDS), r -> { }));
        double readyHeight = height();
        AppHarness.waitFor(indicator::working);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(height()).as("no jump when the progress bar comes")
                .isEqualTo(readyHeight);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("正在导入");
        release.countDown();
        AppHarness.waitFor(() -> !indicator.working());
        assertThat(robot.lookup("#status-progress").tryQuery()).isEmpty();
    }

    /** The height the status bar gives the indicator (its preferred height, at least its minimum). */
    private double height() {
        javafx.scene.layout.Region r = (javafx.scene.layout.Region) indicator.view();
        return Math.max(r.minHeight(-1), r.prefHeight(-1));
    }
}
