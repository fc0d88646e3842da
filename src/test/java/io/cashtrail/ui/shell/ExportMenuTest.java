package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.TableExport;
import io.cashtrail.ui.AppHarness;
import io.cashtrail.ui.export.FakeExporter;
import io.cashtrail.ui.orders.OrdersScreen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    private AppHarness app;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cashtrail-export-menu");
        Path data = dir.resolve("data");
        try (var ws = io.cashtrail.service.Workspace.open(data)) {
            Customer a = ws.customers().save(Customer.named("杭州汽轮动力集团有限公司"));
            Contract c = ws.customers().save(Contract.of("HT-A1", a.id(), LocalDate.of(2026, 1, 5), Money.of(500),
                    "张伟"));
            ws.orders().save(Order.of(c.id(), "HT-A1-01", Money.of(300), "张伟"));
            ws.orders().save(Order.of(c.id(), "HT-A1-02", Money.of(200), "张伟"));
        }
        app = new AppHarness(data);
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.dispose();
    }

    private MenuItem exportItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void fileExportExportsTheScreenOnShowAndIsOffWhereThereIsNothingToExport(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-orders");
        OrdersScreen orders = (OrdersScreen) app.window().currentScreen();
        FakeExporter exporter = new FakeExporter();
        orders.export().setExporter(exporter);
        orders.export().setTargetChooser(new FakeExporter.Chooser(dir));
        AppHarness.waitFor(() -> robot.lookup("#orders-table").queryAs(TableView.class).getItems().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        AppHarness.waitFor(() -> exporter.calls.size() == 1 && !orders.export().isRunning());
        assertThat(exporter.calls.get(0).method()).isEqualTo("table");
        assertThat(((TableExport) exporter.calls.get(0).args().get(0)).rows()).hasSize(2);

        robot.clickOn("#nav-dashboard");
        robot.clickOn(Messages.get("menu.file"));
        AppHarness.waitFor(() -> exportItem(robot).isDisable());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#nav-receivables");
        robot.clickOn(Messages.get("menu.file"));
        AppHarness.waitFor(() -> !exportItem(robot).isDisable());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
