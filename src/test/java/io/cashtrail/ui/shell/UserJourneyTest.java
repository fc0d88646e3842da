package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.AppHarness;
import io.cashtrail.ui.orders.OrderRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A salesperson's first session, through the real main window: create a customer, a contract and
 * an order, set a stage date, find the order by filtering, quit, start again and find it there.
 */
@ExtendWith(ApplicationExtension.class)
class UserJourneyTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(dir);
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.dispose();
    }

    private static Node cell(FxRobot robot, String table, String text) {
        AppHarness.waitFor(() -> robot.lookup(table + " .table-cell").queryAll().stream()
                .anyMatch(n -> text.equals(((Labeled) n).getText())));
        return robot.lookup(table + " .table-cell").queryAll().stream()
                .filter(n -> text.equals(((Labeled) n).getText())).findFirst().orElseThrow();
    }

    @Test
    void createsCustomerContractAndOrderThenFindsItAgainAfterARestart(FxRobot robot) {
        LocalDate shipped = LocalDate.now().minusDays(3);
        app.waitIdle();
        robot.clickOn("#nav-customers");
        robot.clickOn("#customers-new");
        robot.clickOn("#customers-name").write("华东电力设备有限公司");
        robot.clickOn("#customers-cutoff").write("25");
        robot.clickOn("#customers-save");
        AppHarness.waitFor(() -> app.workspace().customers().all().size() == 1);

        AppHarness.waitFor(() -> robot.lookup("#customers-new-contract").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#customers-new-contract");
        robot.clickOn("#contract-no").write("HT-E2E-001");
        robot.clickOn("#contract-amount").write("1,000,000");
        robot.clickOn("#contract-save");
        AppHarness.waitFor(() -> app.workspace().customers().contracts().size() == 1);

        robot.clickOn(cell(robot, "#customers-contracts", "HT-E2E-001"));
        robot.clickOn("#customers-new-order");
        AppHarness.waitFor(() -> robot.lookup("#order-save").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#order-actual-shipped").queryAs(DatePicker.class).getEditor())
                .write(Formats.date(shipped));
        robot.clickOn("#order-save");
        AppHarness.waitFor(() -> app.workspace().orders().summaries().size() == 1);
        AppHarness.waitFor(() -> app.workspace().orders().summaries().get(0).stages().actual(Stage.SHIPPED) != null);
        OrderSummary saved = app.workspace().orders().summaries().get(0);
        assertThat(saved.customerName()).isEqualTo("华东电力设备有限公司");
        assertThat(saved.contractNo()).isEqualTo("HT-E2E-001");
        assertThat(saved.stages().actual(Stage.SHIPPED)).isEqualTo(shipped);
        robot.clickOn("#order-close");

        robot.clickOn("#nav-orders");
        @SuppressWarnings("unchecked")
        TableView<OrderRow> table = robot.lookup("#orders-table").queryAs(TableView.class);
        AppHarness.waitFor(() -> table.getItems().size() == 1);
        robot.clickOn("#orders-filter").write("e2e");
        AppHarness.waitFor(() -> table.getItems().size() == 1);
        robot.write("x");
        AppHarness.waitFor(() -> table.getItems().isEmpty());

        app.restart(robot);
        robot.clickOn("#nav-orders");
        @SuppressWarnings("unchecked")
        TableView<OrderRow> again = robot.lookup("#orders-table").queryAs(TableView.class);
        AppHarness.waitFor(() -> again.getItems().size() == 1);
        List<OrderRow> rows = List.copyOf(again.getItems());
        assertThat(rows.get(0).contractNo()).isEqualTo("HT-E2E-001");
        assertThat(rows.get(0).currentStage()).isEqualTo(Messages.get("stage.shipped"));
        assertThat(rows.get(0).amount()).isEqualByComparingTo("1000000");
    }
}
