package io.cashtrail.ui.dashboard;

import io.cashtrail.domain.OrderSummary;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.DashboardService;
import io.cashtrail.service.Kpis;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.orderdetail.OrderDetailWindow;
import io.cashtrail.ui.orders.OrderRow;
import io.cashtrail.ui.orders.OrdersViewModel;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The dashboard: headline figures and the orders that are most late. */
public final class DashboardScreen implements Screen {
    private static final int LATE_LIST = 20;
    private final UiContext ctx;
    private final VBox root = new VBox(14);
    private final Label openOrders = value("dashboard-open");
    private final Label lateOrders = value("dashboard-late");
    private final Label contractValue = value("dashboard-value");
    private final Label received = value("dashboard-received");
    private final Label outstanding = value("dashboard-outstanding");
    private final TableView<OrderRow> late = new TableView<>();

    public DashboardScreen(UiContext ctx, OrdersViewModel orders) {
        this.ctx = ctx;
        Label title = new Label(Messages.get("dashboard.title"));
        title.getStyleClass().add("screen-title");
        lateOrders.getStyleClass().add("late");
        FlowPane cards = new FlowPane(12, 12, card("dashboard.openOrders", openOrders),
                card("dashboard.lateOrders", lateOrders), card("dashboard.contractValue", contractValue),
                card("dashboard.received", received), card("dashboard.outstanding", outstanding));
        Label lateTitle = new Label(Messages.get("dashboard.mostLate"));
        lateTitle.getStyleClass().add("section-title");
        buildLateTable();
        VBox.setVgrow(late, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(title, cards, lateTitle, late);
        root.setPadding(new Insets(14));
        orders.onLoaded(this::refresh);
        if (orders.loadedProperty().get()) {
            refresh(orders.summaries());
        }
    }

    private static Label value(String id) {
        Label l = new Label("…");
        l.setId(id);
        l.getStyleClass().add("kpi-value");
        return l;
    }

    private static Node card(String key, Label value) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("kpi-label");
        label.setWrapText(true);
        VBox box = new VBox(label, value);
        box.getStyleClass().add("kpi-card");
        return box;
    }

    private void buildLateTable() {
        late.setId("dashboard-late-table");
        late.setPlaceholder(new Label(Messages.get("dashboard.noneLate")));
        late.getColumns().add(col("orders.col.orderNo", OrderRow::orderNo, 150));
        late.getColumns().add(col("orders.col.customer", OrderRow::customer, 260));
        late.getColumns().add(col("orders.col.owner", OrderRow::owner, 90));
        late.getColumns().add(col("orders.col.next", OrderRow::nextStep, 120));
        late.getColumns().add(col("orders.col.nextDate", r -> Formats.date(r.nextDate()), 110));
        TableColumn<OrderRow, String> days = col("orders.col.late", r -> Messages.get("orders.daysLate", r.daysLate()), 100);
        days.setStyle("-fx-text-fill: -ct-late;");
        late.getColumns().add(days);
        TableColumn<OrderRow, String> out = col("orders.col.outstanding", r -> Formats.money(r.outstanding()), 140);
        out.getStyleClass().add("money-cell");
        late.getColumns().add(out);
        late.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        late.setRowFactory(tv -> {
            TableRow<OrderRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    OrderDetailWindow.open(ctx, late.getScene().getWindow(), row.getItem().orderId());
                }
            });
            return row;
        });
    }

    private static TableColumn<OrderRow, String> col(String key, java.util.function.Function<OrderRow, String> f,
            double width) {
        TableColumn<OrderRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private record Figures(Kpis kpis, List<OrderRow> mostLate) {
    }

    private void refresh(List<OrderSummary> summaries) {
        ctx.work().read(Messages.get("dashboard.computing"), () -> {
            var today = ctx.workspace().today();
            List<OrderRow> rows = OrdersViewModel.toRows(summaries, today).stream()
                    .filter(r -> r.daysLate() > 0)
                    .sorted(Comparator.comparingInt(OrderRow::daysLate).reversed()).limit(LATE_LIST).toList();
            return new Figures(DashboardService.kpis(summaries, today), rows);
        }, f -> {
            openOrders.setText(String.valueOf(f.kpis().openOrders()));
            lateOrders.setText(String.valueOf(f.kpis().lateOrders()));
            contractValue.setText(Formats.money(f.kpis().contractValue()));
            received.setText(Formats.money(f.kpis().received()));
            outstanding.setText(Formats.money(f.kpis().outstanding()));
            late.getItems().setAll(f.mostLate());
        });
    }

    @Override
    public Node view() {
        return root;
    }
}
