package io.cashtrail.ui;

import static io.cashtrail.ui.CollectionsFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.FontScale;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.orders.OrdersScreen;
import io.cashtrail.ui.orders.OrdersViewModel;
import io.cashtrail.ui.receivables.ReceivablesScreen;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At the largest font size (Settings, for older eyes) amounts are shown whole in a window of a
 * laptop's size: the tables scroll sideways instead of cutting them.
 */
@ExtendWith(ApplicationExtension.class)
class LargeFontTest {
    private CollectionsFixture fx;
    private final StackPane holder = new StackPane();

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.ENGLISH);
        fx = new CollectionsFixture(Files.createTempDirectory("cashtrail-large-font").resolve("data"));
        FontScale.set(fx.ctx.prefs(), FontScale.MAX);
        FontScale.install(fx.ctx.prefs()); // as the main window does: every window opened gets the size
        Scene scene = new Scene(holder, 1200, 640);
        scene.getStylesheets().add(LargeFontTest.class.getResource("/io/cashtrail/ui/cashtrail.css").toExternalForm());
        FontScale.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> FontScale.set(fx.ctx.prefs(), FontScale.DEFAULT));
        fx.close();
    }

    private void show(FxRobot robot, Screen screen) {
        robot.interact(() -> {
            holder.getChildren().setAll((Parent) screen.view());
            screen.onShow();
        });
    }

    @Test
    void agingAmountsAreWhole(FxRobot robot) {
        show(robot, new ReceivablesScreen(fx.ctx));
        TabPane tabs = robot.lookup("#receivables-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "receivables-tab-aging".equals(t.getId())).findFirst().orElseThrow()));
        assertWhole(robot, "#receivables-aging");
    }

    @Test
    void orderAmountsAreWhole(FxRobot robot) {
        OrdersViewModel model = new OrdersViewModel(fx.ctx);
        show(robot, new OrdersScreen(fx.ctx, model));
        robot.interact(model::reload);
        assertWhole(robot, "#orders-table");
    }

    @Test
    void dashboardFiguresAreWholeInANarrowWindow(FxRobot robot) {
        OrdersViewModel model = new OrdersViewModel(fx.ctx);
        show(robot, new io.cashtrail.ui.dashboard.DashboardScreen(fx.ctx, model));
        robot.interact(model::reload);
        AppHarness.atWidth(robot, holder.getScene().getWindow(), 760, () -> {
            waitUntil(() -> robot.lookup(".kpi-value").queryAllAs(Labeled.class).stream()
                    .allMatch(l -> l.getText().startsWith("¥")));
            assertThat(robot.lookup(".kpi-value .text").queryAllAs(javafx.scene.text.Text.class))
                    .extracting(javafx.scene.text.Text::getText).hasSize(4)
                    .allMatch(t -> t.startsWith("¥")).noneMatch(t -> t.endsWith("…") || t.endsWith("..."));
        });
    }

    @Test
    void dialogButtonsAreWhole(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.control.Dialog<Void>> shown =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
            shown.set(dialog);
            dialog.initOwner(holder.getScene().getWindow());
            dialog.setContentText("Hide the action until when?");
            dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                    new javafx.scene.control.ButtonType(Messages.get("common.cancel"),
                            javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
            dialog.show();
        });
        javafx.scene.control.Dialog<Void> dialog = shown.get();
        try {
            List<String> texts = robot.from(dialog.getDialogPane()).lookup(".button-bar .button .text")
                    .queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText).toList();
            assertThat(texts).contains("OK", Messages.get("common.cancel"));
        } finally {
            robot.interact(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        }
    }

    private static void assertWhole(FxRobot robot, String table) {
        waitUntil(() -> !amounts(robot, table).isEmpty());
        assertThat(amounts(robot, table)).as("amounts as drawn").allMatch(t -> t.startsWith("¥") || t.equals("–"))
                .noneMatch(t -> t.endsWith("…") || t.endsWith("..."));
    }

    /** The texts drawn in the table's money cells. */
    private static List<String> amounts(FxRobot robot, String table) {
        return robot.lookup(table + " .money-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?>).map(n -> (Labeled) n).filter(Node::isVisible)
                .filter(c -> c.getText() != null && !c.getText().isEmpty())
                .map(c -> ((javafx.scene.text.Text) c.lookup(".text")).getText()).toList();
    }
}
