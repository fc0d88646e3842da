package io.cashtrail.ui.orders;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.FontScale;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.TableState;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.export.ExportAction;
import io.cashtrail.ui.export.Exportable;
import io.cashtrail.ui.orderdetail.OrderDetailWindow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The orders table: instant filter, sort on every column with plain comparators on precomputed
 * values (the table's sort policy hands them to the SortedList), remembered column layout.
 */
public final class OrdersScreen implements Screen, Exportable {
    private final UiContext ctx;
    private final OrdersViewModel model;
    private final TableView<OrderRow> table = new TableView<>();
    private final Map<TableColumn<OrderRow, ?>, Comparator<OrderRow>> comparators = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final ExportAction export;

    public OrdersScreen(UiContext ctx, OrdersViewModel model) {
        this.ctx = ctx;
        this.model = model;
        this.export = new ExportAction(ctx, "orders");
        buildTable();
        root.setTop(new javafx.scene.layout.VBox(6, toolbar(), export.view()));
        root.setCenter(table);
        root.setPadding(new Insets(10));
        model.sorted().addListener((javafx.collections.ListChangeListener<OrderRow>) c -> updateCount());
        model.rows().addListener((javafx.collections.ListChangeListener<OrderRow>) c -> updateCount());
        updateCount();
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("orders.title"));
        title.getStyleClass().add("screen-title");
        filter.setId("orders-filter");
        filter.setPromptText(Messages.get("orders.filter.prompt"));
        filter.setPrefColumnCount(22);
        model.filterTextProperty().bind(filter.textProperty());
        CheckBox late = new CheckBox(Messages.get("orders.filter.late"));
        late.setId("orders-late-only");
        model.lateOnlyProperty().bind(late.selectedProperty());
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("orders-owner");
        owner.setPromptText(Messages.get("orders.filter.allOwners"));
        owner.getItems().add(null);
        model.owners().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = owner.getValue();
            owner.getItems().setAll(model.owners());
            owner.getItems().add(0, null);
            owner.setValue(keep);
        });
        owner.setButtonCell(ownerCell());
        owner.setCellFactory(lv -> ownerCell());
        owner.valueProperty().addListener((o, a, b) -> model.ownerProperty().set(b));
        Button add = new Button(Messages.get("orders.new"));
        add.setId("orders-new");
        add.setOnAction(e -> newOrder());
        count.setId("orders-count");
        Button exportButton = new Button(Messages.get("export.button"));
        exportButton.setId("orders-export");
        exportButton.setOnAction(e -> exportView());
        // a narrow window (1366x768 at 150 %) wraps the toolbar onto a second line instead of cutting labels
        for (Region r : new Region[] {title, late, owner, count, exportButton, add}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 6, title, filter, late, owner, count,
                exportButton, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    /** Asks for the contract, then opens a new order of it (button and menu File → New order). */
    public void newOrder() {
        ContractPicker.pick(ctx, root.getScene().getWindow(),
                contractId -> OrderDetailWindow.openNew(ctx, root.getScene().getWindow(), contractId));
    }

    /** Exports the table as shown: filtered and sorted rows, visible columns in their order. */
    @Override
    public void exportView() {
        List<OrdersExport.Visible> columns = new ArrayList<>();
        for (TableColumn<OrderRow, ?> c : table.getVisibleLeafColumns()) {
            if (c.getId() != null && c.getId().startsWith("orders-col-")) {
                columns.add(new OrdersExport.Visible(c.getId().substring("orders-col-".length()), c.getText()));
            }
        }
        List<OrderRow> rows = List.copyOf(table.getItems());
        String title = Messages.get("orders.title");
        export.run(root.getScene().getWindow(), ExportAction.fileBase("export.name.orders", ctx.workspace().today()),
                ExportAction.allFormats(), (ex, out, format, progress) ->
                        ex.exportTable(OrdersExport.build(title, columns, rows), out, format, progress));
    }

    /** The export action (tests put fakes in its seams). */
    public ExportAction export() {
        return export;
    }

    private static javafx.scene.control.ListCell<String> ownerCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("orders.filter.allOwners") : item);
            }
        };
    }

    private void updateCount() {
        count.setText(Messages.get("orders.count", model.sorted().size(), model.rows().size()));
    }

    private void buildTable() {
        table.setId("orders-table");
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label(Messages.get("common.loading"));
        placeholder.setWrapText(true);
        Runnable update = () -> placeholder.setText(Messages.get(!model.loadedProperty().get() ? "common.loading"
                : model.rows().isEmpty() ? "orders.empty" : "orders.noMatch"));
        model.loadedProperty().addListener((o, a, b) -> update.run());
        model.sorted().addListener((javafx.collections.ListChangeListener<OrderRow>) c -> update.run());
        table.setPlaceholder(placeholder);
        table.getColumns().add(text("contractNo", OrderRow::contractNo, 118, 104));
        table.getColumns().add(text("orderNo", OrderRow::orderNo, 135, 118));
        table.getColumns().add(text("customer", OrderRow::customer, 190, 140));
        table.getColumns().add(text("owner", OrderRow::owner, 70, 56));
        table.getColumns().add(money("amount", OrderRow::amount));
        TableColumn<OrderRow, String> stage = text("stage", OrderRow::currentStage, 95, 78);
        comparators.put(stage, Comparator.comparingInt(OrderRow::currentStageRank));
        table.getColumns().add(stage);
        table.getColumns().add(text("next", OrderRow::nextStep, 95, 78));
        table.getColumns().add(date("nextDate", OrderRow::nextDate));
        table.getColumns().add(late());
        table.getColumns().add(money("received", OrderRow::received));
        table.getColumns().add(money("outstanding", OrderRow::outstanding));
        table.setItems(model.sorted());
        table.setSortPolicy(t -> {
            model.setComparator(comparator());
            return true;
        });
        table.setRowFactory(tv -> {
            TableRow<OrderRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    OrderDetailWindow.open(ctx, table.getScene().getWindow(), row.getItem().orderId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                OrderDetailWindow.open(ctx, table.getScene().getWindow(),
                        table.getSelectionModel().getSelectedItem().orderId());
            }
        });
        TableState.remember(table, ctx.prefs(), "orders.columns.v3");
        io.cashtrail.ui.common.ColumnFit.install(table);
    }

    /** The comparator for the table's current sort order, built from plain per-column comparators. */
    private Comparator<OrderRow> comparator() {
        Comparator<OrderRow> result = null;
        for (TableColumn<OrderRow, ?> col : table.getSortOrder()) {
            Comparator<OrderRow> c = comparators.get(col);
            if (c == null) {
                continue;
            }
            if (col.getSortType() == TableColumn.SortType.DESCENDING) {
                c = c.reversed();
            }
            result = result == null ? c : result.thenComparing(c);
        }
        return result;
    }

    private <T> TableColumn<OrderRow, T> column(String id, Function<OrderRow, T> value, double width) {
        TableColumn<OrderRow, T> col = new TableColumn<>(Messages.get("orders.col." + id));
        col.setId("orders-col-" + id);
        col.setPrefWidth(FontScale.scaled(width));
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return col;
    }

    private TableColumn<OrderRow, String> text(String id, Function<OrderRow, String> value, double width,
            double minWidth) {
        TableColumn<OrderRow, String> col = column(id, value, width);
        col.setMinWidth(FontScale.scaled(minWidth));
        java.text.Collator collator = java.text.Collator.getInstance(Messages.locale());
        comparators.put(col, Comparator.comparing(value, Comparator.nullsFirst(collator::compare)));
        return col;
    }

    private TableColumn<OrderRow, BigDecimal> money(String id, Function<OrderRow, BigDecimal> value) {
        TableColumn<OrderRow, BigDecimal> col = column(id, value, 112);
        col.setMinWidth(FontScale.scaled(108));
        comparators.put(col, Comparator.comparing(value));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Formats.money(item));
            }
        });
        col.getStyleClass().add("money-cell");
        return col;
    }

    private TableColumn<OrderRow, LocalDate> date(String id, Function<OrderRow, LocalDate> value) {
        TableColumn<OrderRow, LocalDate> col = column(id, value, 92);
        col.setMinWidth(FontScale.scaled(90));
        comparators.put(col, Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Formats.date(item));
            }
        });
        return col;
    }

    private TableColumn<OrderRow, Integer> late() {
        TableColumn<OrderRow, Integer> col = column("late", OrderRow::daysLate, 84);
        col.setMinWidth(FontScale.scaled(80));
        comparators.put(col, Comparator.comparingInt(OrderRow::daysLate));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("late-cell");
                if (empty || item == null || item <= 0) {
                    setText(null);
                } else {
                    setText(Messages.get("orders.daysLate", item));
                    getStyleClass().add("late-cell");
                }
            }
        });
        return col;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        filter.requestFocus();
    }

    public OrdersViewModel model() {
        return model;
    }

    TableView<OrderRow> table() {
        return table;
    }
}
