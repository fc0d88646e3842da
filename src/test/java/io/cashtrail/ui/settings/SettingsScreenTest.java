package io.cashtrail.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.AppHarness;
import io.cashtrail.ui.common.UiContext;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ListView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private UiContext ctx;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.use(Messages.ENGLISH);
        ws = Workspace.open(dir);
        ctx = io.cashtrail.ui.TestUi.context(ws, io.cashtrail.ui.TestUi.noNavigation(), dir);
        stage.setScene(new Scene(new SettingsScreen(ctx, () -> { }).view() instanceof javafx.scene.Parent p ? p
                : new javafx.scene.layout.Pane(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        ctx.work().shutdown();
        ws.close();
    }

    /** The settings scroll; press buttons that may lie below the visible part without scrolling. */
    private static void fire(FxRobot robot, String id) {
        javafx.scene.control.Button b = robot.lookup(id).queryButton();
        javafx.application.Platform.runLater(b::fire);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void reminderThresholdsAreCheckedAndSaved(FxRobot robot) {
        AppHarness.waitFor(() -> "7".equals(robot.lookup("#settings-actions-finishedNotShippedDays")
                .queryTextInputControl().getText()));
        robot.interact(() -> robot.lookup("#settings-actions-finishedNotShippedDays").queryTextInputControl()
                .setText("-3"));
        fire(robot, "#settings-actions-save");
        AppHarness.waitFor(() -> robot.lookup(".field-message.error").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        assertThat(ws.collections().actionSettings().finishedNotShippedDays()).isEqualTo(7);
        robot.interact(() -> robot.lookup("#settings-actions-finishedNotShippedDays").queryTextInputControl()
                .setText("12"));
        robot.interact(() -> robot.lookup("#settings-aging-limits").queryTextInputControl().setText("60, 30"));
        fire(robot, "#settings-actions-save");
        AppHarness.waitFor(() -> robot.lookup(".field-message.error").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        assertThat(ws.collections().actionSettings().finishedNotShippedDays()).isEqualTo(7);
        robot.interact(() -> robot.lookup("#settings-aging-limits").queryTextInputControl().setText("15, 45"));
        fire(robot, "#settings-actions-save");
        AppHarness.waitFor(() -> ws.collections().actionSettings().finishedNotShippedDays() == 12);
        assertThat(ws.collections().agingBuckets()).extracting(io.cashtrail.domain.AgingBucket::key)
                .containsExactly("not_due", "1_15", "16_45", "over_45");
        assertThat(ws.collections().load().agingBuckets()).hasSize(4);
    }

    @Test
    void thePaymentTermsDialogCutsNoTextAtTheLargestFontSize(FxRobot robot) {
        AppHarness.atLargestFont(robot, ctx.prefs(), () -> {
            AppHarness.waitFor(() -> !robot.lookup("#settings-terms-list").queryListView().getItems().isEmpty());
            fire(robot, "#settings-terms-new");
            AppHarness.waitFor(() -> robot.lookup("#settings-terms-name").tryQuery().isPresent());
            javafx.scene.Node name = robot.lookup("#settings-terms-name").query();
            assertThat(AppHarness.cutTexts(robot, name)).isEmpty();
            robot.interact(() -> ((javafx.stage.Stage) name.getScene().getWindow()).close());
        });
    }

    @Test
    void usersAddTheirOwnPaymentTermsWithSharesAddingUpToAHundred(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<PaymentTerms> list = robot.lookup("#settings-terms-list").queryAs(ListView.class);
        AppHarness.waitFor(() -> list.getItems().size() == 4);
        fire(robot, "#settings-terms-new");
        robot.clickOn("#settings-terms-name").write("50/50");
        robot.clickOn("#settings-terms-label-1").write("Advance");
        robot.clickOn("#settings-terms-share-1").write("50%");
        robot.clickOn("#settings-terms-save");
        AppHarness.waitFor(() -> robot.lookup(Messages.get("settings.terms.not100")).tryQuery().isPresent());
        robot.clickOn("#settings-terms-add-line");
        robot.clickOn("#settings-terms-label-2").write("Acceptance");
        robot.clickOn("#settings-terms-share-2").write("50%");
        robot.clickOn("#settings-terms-save");
        AppHarness.waitFor(() -> list.getItems().size() == 5);
        PaymentTerms saved = ws.paymentPlans().templates().get(4);
        assertThat(saved.name()).isEqualTo("50/50");
        assertThat(saved.lines()).extracting(PaymentTerms.Line::trigger).containsExactly(Stage.ACCEPTED, Stage.ACCEPTED);
    }
}
