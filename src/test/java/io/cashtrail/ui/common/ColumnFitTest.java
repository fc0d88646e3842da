package io.cashtrail.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.ui.AppHarness;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {
    private static final List<String> TITLES = List.of("Contract no.", "Salesperson", "Current stage", "Next step",
            "Days late", "Outstanding", "业务员", "当前阶段");
    private TableView<String> table;
    private Stage stage;
    private double widthBefore;
    private double heightBefore;

    @org.junit.jupiter.api.AfterEach
    void giveTheStageBack(FxRobot robot) {
        if (!Double.isNaN(widthBefore) && !Double.isNaN(heightBefore)) {
            robot.interact(() -> {
                stage.setWidth(widthBefore);
                stage.setHeight(heightBefore);
            });
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>();
        for (String t : TITLES) {
            TableColumn<String, String> c = new TableColumn<>(t);
            c.setMinWidth(60);
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
            table.getColumns().add(c);
        }
        table.getItems().addAll("a", "b");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ColumnFit.install(table);
        stage.setScene(new Scene(new StackPane(table), 400, 300));
        // the stage is shared by the run's UI tests: an earlier one may have sized it, a later one gets it back
        widthBefore = stage.getWidth();
        heightBefore = stage.getHeight();
        stage.setWidth(400);
        stage.setHeight(300);
        stage.show();
    }

    @Test
    void titlesStayWholeWhileTheyFitColumnsStayInViewWhileTheirMinimumsFitElseTheTableScrolls(FxRobot robot) {
        // too narrow for even the columns' own minimums: sideways scrolling, whole titles
        AppHarness.waitFor(() -> table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY);
        assertWholeTitles(robot);

        // room for the minimums but not for every whole title: all columns in view, titles may be cut
        robot.interact(() -> stage.setWidth(620));
        AppHarness.waitFor(() -> table.getColumnResizePolicy() == TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        assertThat(table.getColumns()).allSatisfy(c -> assertThat(c.getMinWidth()).isEqualTo(60));

        // room for everything: filling the table, no title cut
        robot.interact(() -> stage.setWidth(2400));
        AppHarness.waitFor(() -> table.getColumnResizePolicy() == TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS
                && table.getColumns().get(2).getMinWidth() > 60);
        assertWholeTitles(robot);

        robot.interact(() -> stage.setWidth(400));
        AppHarness.waitFor(() -> table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    @Test
    void columnsOfATableThatScrollsStartAsWideAsTheirTitles() {
        TableColumn<String, String> narrow = new TableColumn<>("Customer / order / installment");
        narrow.setPrefWidth(30);
        TableColumn<String, String> wide = new TableColumn<>("天");
        wide.setPrefWidth(300);
        ColumnFit.widenToTitles(List.of(narrow, wide));
        assertThat(narrow.getPrefWidth()).isEqualTo(ColumnFit.titleWidth(narrow.getText(), FontScale.em()))
                .isGreaterThan(150);
        assertThat(wide.getPrefWidth()).isEqualTo(300);
    }

    private void assertWholeTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (TableColumn<String, ?> c : table.getColumns()) {
            assertThat(c.getMinWidth()).as(c.getText()).isGreaterThanOrEqualTo(
                    ColumnFit.titleWidth(c.getText(), FontScale.em()));
        }
        assertThat(headerTexts(robot)).hasSize(TITLES.size()).noneMatch(t -> t.endsWith("…") || t.endsWith("..."));
    }

    /** The header titles as drawn (an ellipsis when cut). */
    private List<String> headerTexts(FxRobot robot) {
        return robot.lookup(".column-header .label .text").queryAllAs(Text.class).stream().map(Text::getText).toList();
    }
}
