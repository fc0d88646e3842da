package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.AppHarness;
import io.cashtrail.ui.common.WindowState;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Window geometry, split positions, column widths and sort orders come back after a restart. */
@ExtendWith(ApplicationExtension.class)
class RememberedLayoutTest {
    @TempDir
    Path dir;
    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        Messages.use(Messages.ENGLISH);
        app = new AppHarness(dir);
        app.start(s);
    }

    @AfterEach
    void stop() {
        app.dispose();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> ordersTable(FxRobot robot) {
        return (TableView<Object>) robot.lookup(".table-view").queryAll().stream()
                .filter(n -> n.getScene() == stage.getScene() && n.isVisible()).findFirst().orElseThrow();
    }

    @Test
    void windowSplitColumnsAndSortSurviveARestart(FxRobot robot) {
        app.waitIdle();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double x = screen.getMinX() + 30;
        double y = screen.getMinY() + 20;
        robot.interact(() -> {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(960);
            stage.setHeight(620);
        });
        SplitPane split = robot.lookup("#dashboard-split").queryAs(SplitPane.class);
        app.waitIdle();
        double before = split.getDividerPositions()[0];
        robot.drag(robot.lookup("#dashboard-split .split-pane-divider").queryAs(javafx.scene.Node.class))
                .dropBy(0, -60);
        double dragged = split.getDividerPositions()[0];
        assertThat(dragged).isLessThan(before - 0.02);
        robot.interact(() -> app.window().showOrders());
        TableView<Object> table = ordersTable(robot);
        TableColumn<Object, ?> second = table.getColumns().get(1);
        TableColumn<Object, ?> third = table.getColumns().get(2);
        String secondText = second.getText();
        robot.interact(() -> {
            third.setPrefWidth(210);
            second.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(second);
        });
        robot.interact(() -> app.window().saveState());

        // moved and resized without saving: the restart must bring back the saved state
        robot.interact(() -> {
            stage.setX(x + 200);
            stage.setWidth(1100);
        });
        app.restart(robot);

        assertThat(stage.getX()).isCloseTo(x, Offset.offset(1.0));
        assertThat(stage.getY()).isCloseTo(y, Offset.offset(1.0));
        assertThat(stage.getWidth()).isCloseTo(960, Offset.offset(1.0));
        assertThat(stage.getHeight()).isCloseTo(620, Offset.offset(1.0));
        SplitPane again = robot.lookup("#dashboard-split").queryAs(SplitPane.class);
        assertThat(again).isNotSameAs(split);
        assertThat(again.getDividerPositions()[0]).isCloseTo(dragged, Offset.offset(0.02));
        robot.interact(() -> app.window().showOrders());
        TableView<Object> table2 = ordersTable(robot);
        assertThat(table2).isNotSameAs(table);
        assertThat(table2.getSortOrder()).hasSize(1);
        assertThat(table2.getSortOrder().get(0).getText()).isEqualTo(secondText);
        assertThat(table2.getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(table2.getColumns().get(2).getPrefWidth()).isCloseTo(210, Offset.offset(1.0));
    }

    @Test
    void aPositionOnAMonitorThatIsGoneIsResetToAVisibleOne(FxRobot robot) {
        app.prefs().putDouble("window.x", 9000);
        app.prefs().putDouble("window.y", -3000);
        app.prefs().putDouble("window.width", 900);
        app.prefs().putDouble("window.height", 600);
        app.restart(robot);
        assertThat(WindowState.visible(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isTrue();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isBetween(screen.getMinX(), screen.getMaxX() - 100);
        assertThat(stage.getY()).isBetween(screen.getMinY(), screen.getMaxY() - 40);
        assertThat(stage.getWidth()).isCloseTo(900, Offset.offset(1.0));
    }
}
