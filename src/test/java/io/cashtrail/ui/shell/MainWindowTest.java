package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.ui.AppHarness;
import io.cashtrail.ui.orders.OrderRow;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path tmp;

    private AppHarness app;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory(tmp, "data");
        try (var ws = io.cashtrail.service.Workspace.open(dir)) {
            var orders = ws.orders();
            Customer a = ws.customers().save(Customer.named("杭州汽轮动力集团有限公司"));
            Customer b = ws.customers().save(Customer.named("Shanghai Electric"));
            Contract ca = ws.customers().save(Contract.of("HT-A1", a.id(), LocalDate.of(2026, 1, 5), Money.of(500), "张伟"));
            Contract cb = ws.customers().save(Contract.of("HT-B1", b.id(), LocalDate.of(2026, 2, 5), Money.of(900), "李娜"));
            orders.save(Order.of(ca.id(), "HT-A1-01", Money.of(300), "张伟"));
            orders.save(Order.of(ca.id(), "HT-A1-02", Money.of(200), "张伟"));
            orders.save(Order.of(cb.id(), "HT-B1-01", Money.of(900), "李娜"));
        }
        app = new AppHarness(dir);
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.dispose();
    }

    @SuppressWarnings("unchecked")
    private TableView<OrderRow> ordersTable(FxRobot robot) {
        return robot.lookup("#orders-table").queryAs(TableView.class);
    }

    @Test
    void filtersOrdersByPartialTextAndSortsByAmount(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-orders");
        TableView<OrderRow> table = ordersTable(robot);
        AppHarness.waitFor(() -> table.getItems().size() == 3);
        robot.clickOn("#orders-filter").write("a1-0");
        AppHarness.waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(OrderRow::orderNo).containsExactlyInAnyOrder("HT-A1-01", "HT-A1-02");
        robot.interact(() -> robot.lookup("#orders-filter").queryTextInputControl().setText("b1 李娜"));
        AppHarness.waitFor(() -> table.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#orders-filter").queryTextInputControl().clear());
        AppHarness.waitFor(() -> table.getItems().size() == 3);
        robot.clickOn(robot.lookup(".column-header").lookup((javafx.scene.Node n) -> n.getId() != null
                && n.getId().equals("orders-col-amount")).queryAs(javafx.scene.Node.class));
        AppHarness.waitFor(() -> table.getItems().get(0).orderNo().equals("HT-A1-02"));
        assertThat(table.getItems()).extracting(OrderRow::orderNo).containsExactly("HT-A1-02", "HT-A1-01", "HT-B1-01");
        assertThat(robot.lookup("#orders-count").queryAs(Label.class).getText()).contains("3");
    }

    @Test
    void dataAndColumnLayoutSurviveARestart(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-orders");
        TableView<OrderRow> table = ordersTable(robot);
        AppHarness.waitFor(() -> table.getItems().size() == 3);
        robot.interact(() -> table.getColumns().get(2).setVisible(false));
        String hiddenId = table.getColumns().get(2).getId();
        app.restart(robot);
        robot.clickOn("#nav-orders");
        TableView<OrderRow> again = ordersTable(robot);
        AppHarness.waitFor(() -> again.getItems().size() == 3);
        assertThat(again.getColumns().stream().filter(c -> c.getId().equals(hiddenId)).findFirst().orElseThrow()
                .isVisible()).isFalse();
        assertThat(app.workspace().orders().summaries()).hasSize(3);
    }

    @Test
    void switchingToChineseRelabelsTheWindow(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        ComboBox<String> lang = robot.lookup("#settings-language").queryAs(ComboBox.class);
        robot.interact(() -> lang.setValue("zh_CN"));
        robot.clickOn("#settings-language-apply");
        app.waitIdle();
        assertThat(LanguagePreference.get(app.prefs())).isEqualTo("zh_CN");
        assertThat(robot.lookup("#nav-orders").queryAs(ToggleButton.class).getText()).isEqualTo("订单");
        assertThat(robot.lookup("#nav-customers").queryAs(ToggleButton.class).getText()).isEqualTo("客户");
        robot.clickOn("#nav-orders");
        TableView<OrderRow> table = ordersTable(robot);
        AppHarness.waitFor(() -> table.getItems().size() == 3);
        assertThat(table.getColumns().get(0).getText()).isEqualTo("合同编号");
    }

    @Test
    void newOrderAsksForTheContractThenOpensAnUnsavedOrder(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-orders");
        robot.clickOn("#orders-new");
        AppHarness.waitFor(() -> robot.lookup("#orders-pick-filter").tryQuery().isPresent());
        robot.clickOn("#orders-pick-filter").write("b1");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> list = robot.lookup("#orders-pick-list")
                .queryAs(javafx.scene.control.ListView.class);
        AppHarness.waitFor(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).toString()).contains("HT-B1").contains("Shanghai Electric");
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(io.cashtrail.i18n.Messages.get("common.ok"));
        AppHarness.waitFor(() -> robot.lookup("#order-save").tryQuery().isPresent());
        robot.clickOn("#order-save");
        AppHarness.waitFor(() -> app.workspace().orders().summaries().size() == 4);
        assertThat(app.workspace().orders().summaries()).filteredOn(o -> o.contractNo().equals("HT-B1")).hasSize(2);
        robot.clickOn("#order-close");
    }

    @Test
    void menuShortcutStartsANewCustomer(FxRobot robot) {
        app.waitIdle();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        AppHarness.waitFor(() -> robot.lookup("#customers-name").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        assertThat(robot.lookup("#nav-customers").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#customers-name").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void globalSearchFindsAnOrderByPartialCustomerName(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#global-search").write("shanghai");
        AppHarness.waitFor(() -> robot.lookup(".context-menu").tryQuery().isPresent());
        assertThat(robot.lookup(".context-menu").lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).anyMatch(t -> t.contains("Shanghai Electric"))
                .anyMatch(t -> t.contains("HT-B1-01"));
    }
}
