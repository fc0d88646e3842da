package io.cashtrail.ui.orders;

import static io.cashtrail.ui.CollectionsFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.TableExport;
import io.cashtrail.ui.CollectionsFixture;
import io.cashtrail.ui.export.FakeExporter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OrdersExportTest {
    private CollectionsFixture fx;
    private OrdersScreen screen;
    private final FakeExporter exporter = new FakeExporter();
    private FakeExporter.Chooser chooser;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.CHINESE);
        Path dir = Files.createTempDirectory("cashtrail-orders-export");
        fx = new CollectionsFixture(dir.resolve("data"));
        OrdersViewModel model = new OrdersViewModel(fx.ctx);
        screen = new OrdersScreen(fx.ctx, model);
        chooser = new FakeExporter.Chooser(dir);
        screen.export().setExporter(exporter);
        screen.export().setTargetChooser(chooser);
        stage.setScene(new Scene((Parent) screen.view(), 1200, 700));
        stage.show();
        model.reload();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
        Messages.use(Messages.ENGLISH);
    }

    private TableExport export(FxRobot robot) {
        int before = exporter.calls.size();
        robot.clickOn("#orders-export");
        waitUntil(() -> exporter.calls.size() == before + 1 && !screen.export().isRunning());
        return (TableExport) exporter.calls.get(before).args().get(0);
    }

    @Test
    void exportsTheVisibleColumnsInScreenOrderAndTheSortedFilteredRows(FxRobot robot) {
        TableView<OrderRow> table = screen.table();
        waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> {
            TableColumn<OrderRow, ?> amount = column(table, "amount");
            column(table, "owner").setVisible(false);
            column(table, "stage").setVisible(false);
            table.getColumns().remove(amount);
            table.getColumns().add(0, amount);
            amount.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(amount));
        });
        TableExport t = export(robot);
        assertThat(t.title()).isEqualTo(Messages.get("orders.title"));
        assertThat(t.columns()).extracting(TableExport.Column::header).containsExactly(
                Messages.get("orders.col.amount"), Messages.get("orders.col.contractNo"),
                Messages.get("orders.col.orderNo"), Messages.get("orders.col.customer"),
                Messages.get("orders.col.next"), Messages.get("orders.col.nextDate"), Messages.get("orders.col.late"),
                Messages.get("orders.col.received"), Messages.get("orders.col.outstanding"));
        assertThat(t.columns()).extracting(TableExport.Column::type).containsExactly(TableExport.Type.MONEY,
                TableExport.Type.TEXT, TableExport.Type.TEXT, TableExport.Type.TEXT, TableExport.Type.TEXT,
                TableExport.Type.DATE, TableExport.Type.NUMBER, TableExport.Type.MONEY, TableExport.Type.MONEY);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).get(0)).isEqualTo(new BigDecimal("500000.00"));
        assertThat(t.rows().get(0).get(3)).isEqualTo("宝钢股份");
        assertThat(t.rows().get(1).get(0)).isEqualTo(new BigDecimal("1000000.01"));
        assertThat(t.rows().get(1).get(7)).isEqualTo(new BigDecimal("300000.00"));
        assertThat(t.rows().get(0).get(5)).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(chooser.names).containsExactly("订单列表_2026-11-27.xlsx");
        assertThat(exporter.calls.get(0).format()).isEqualTo(ExportFormat.XLSX);

        robot.interact(() -> {
            table.getSortOrder().get(0).setSortType(TableColumn.SortType.DESCENDING);
            robot.lookup("#orders-filter").queryAs(TextField.class).setText("国网");
        });
        waitUntil(() -> table.getItems().size() == 1);
        TableExport filtered = export(robot);
        assertThat(filtered.rows()).hasSize(1);
        assertThat(filtered.rows().get(0).get(3)).isEqualTo("国网浙江");
    }

    @Test
    void datesAreDatesAndDaysLateANumber(FxRobot robot) {
        TableView<OrderRow> table = screen.table();
        waitUntil(() -> table.getItems().size() == 2);
        TableExport t = export(robot);
        int next = headers(t).indexOf(Messages.get("orders.col.nextDate"));
        int late = headers(t).indexOf(Messages.get("orders.col.late"));
        for (int i = 0; i < t.rows().size(); i++) {
            OrderRow row = table.getItems().get(i);
            assertThat(t.rows().get(i).get(next)).isEqualTo(row.nextDate());
            Object days = t.rows().get(i).get(late);
            assertThat(days).isEqualTo(row.daysLate() > 0 ? row.daysLate() : null);
            if (row.nextDate() != null) {
                assertThat(t.rows().get(i).get(next)).isInstanceOf(LocalDate.class);
            }
        }
        assertThat(t.rows()).anySatisfy(r -> assertThat(r.get(late)).isInstanceOf(Integer.class));
    }

    private static List<String> headers(TableExport t) {
        return t.columns().stream().map(TableExport.Column::header).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<OrderRow, ?> column(TableView<OrderRow> table, String id) {
        return table.getColumns().stream().filter(c -> ("orders-col-" + id).equals(c.getId())).findFirst()
                .orElseThrow();
    }
}
