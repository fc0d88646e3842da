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

@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {
    private static final List<String> TITLES = List.of("Contract no.", "Salesperson", "Current stage", "Next step",
            "Days late", "Outstanding", "业务员", "当前阶段");
    private TableView<String> table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>();
        for (String t : TITLES) {
            TableColumn<String, String> c = new TableColumn<>(t);
            c.setMinWidth(20);
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
            table.getColumns().add(c);
        }
        table.getItems().addAll("a", "b");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ColumnFit.install(table);
        stage.setScene(new Scene(new StackPane(table), 400, 300));
        stage.show();
    }

    @Test
    void aNarrowTableScrollsSidewaysWithWholeTitlesAndAWideOneFills(FxRobot robot) {
        AppHarness.waitFor(() -> table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableColumn<String, ?> c : table.getColumns()) {
            assertThat(c.getMinWidth()).as(c.getText()).isGreaterThanOrEqualTo(
                    ColumnFit.titleWidth(c.getText(), FontScale.em()));
        }
        assertThat(headerTexts(robot)).hasSize(TITLES.size()).noneMatch(t -> t.endsWith("…") || t.endsWith("..."));

        robot.interact(() -> stage.setWidth(2400));
        AppHarness.waitFor(() -> table.getColumnResizePolicy() == TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        robot.interact(() -> stage.setWidth(400));
        AppHarness.waitFor(() -> table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** The header titles as drawn (an ellipsis when cut). */
    private List<String> headerTexts(FxRobot robot) {
        return robot.lookup(".column-header .label .text").queryAllAs(Text.class).stream().map(Text::getText).toList();
    }
}
