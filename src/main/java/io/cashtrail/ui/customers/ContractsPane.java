package io.cashtrail.ui.customers;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.CustomerOverview;
import io.cashtrail.service.Errors;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.orderdetail.OrderDetailWindow;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The lower part of the customer detail: the customer's contracts (new, edit, delete, new order)
 * and its orders (double-click opens one). Every write ends with {@code changed}, which fires the
 * data-changed event and reloads the screen.
 */
final class ContractsPane {
    private final UiContext ctx;
    private final Runnable changed;
    private final Runnable reload;
    private final TableView<ContractRow> contracts = new TableView<>();
    private final TableView<OrderRow> orders = new TableView<>();
    private final Button newContract = button("customers.newContract", "customers-new-contract");
    private final Button editContract = button("customers.editContract", "customers-edit-contract");
    private final Button deleteContract = button("customers.deleteContract", "customers-delete-contract");
    private final Button newOrder = button("customers.newOrder", "customers-new-order");
    private final Button applyTerms = button("customers.applyTerms", "customers-apply-terms");
    private final VBox root;
    private Customer customer;
    private List<String> owners = List.of();

    ContractsPane(UiContext ctx, Runnable changed, Runnable reload) {
        this.ctx = ctx;
        this.changed = changed;
        this.reload = reload;
        contracts.setId("customers-contracts");
        contracts.getColumns().add(Tables.text(Messages.get("customers.contract.col.no"), ContractRow::contractNo,
                Tables.em(9)));
        contracts.getColumns().add(Tables.text(Messages.get("customers.contract.col.title"), ContractRow::title,
                Tables.em(10)));
        contracts.getColumns().add(Tables.date(Messages.get("customers.contract.col.signed"),
                ContractRow::signedDate, Tables.em(6.6)));
        contracts.getColumns().add(Tables.money(Messages.get("customers.contract.col.amount"), ContractRow::amount,
                Tables.em(8.6)));
        contracts.getColumns().add(Tables.text(Messages.get("customers.contract.col.owner"), ContractRow::owner,
                Tables.em(5)));
        contracts.getColumns().add(Tables.number(Messages.get("customers.contract.col.orders"), ContractRow::orders,
                Tables.em(3.6)));
        Tables.fit(contracts);
        io.cashtrail.ui.common.TableState.remember(contracts, ctx.prefs(), "customers.contracts.columns");
        contracts.setPlaceholder(hint("customers.noContracts"));
        contracts.getStyleClass().add("customers-detail-table");
        contracts.setRowFactory(t -> {
            TableRow<ContractRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editContract();
                }
            });
            return row;
        });

        orders.setId("customers-orders");
        orders.getColumns().add(Tables.text(Messages.get("customers.order.col.contract"), OrderRow::contractNo,
                Tables.em(8)));
        orders.getColumns().add(Tables.text(Messages.get("customers.order.col.order"), OrderRow::orderNo,
                Tables.em(7)));
        orders.getColumns().add(Tables.money(Messages.get("customers.order.col.amount"), OrderRow::amount,
                Tables.em(8.6)));
        orders.getColumns().add(Tables.money(Messages.get("customers.order.col.received"), OrderRow::received,
                Tables.em(8.6)));
        orders.getColumns().add(Tables.money(Messages.get("customers.order.col.outstanding"), OrderRow::outstanding,
                Tables.em(8.6)));
        TableColumn<OrderRow, String> stage = Tables.text(Messages.get("customers.order.col.stage"), OrderRow::stage,
                Tables.em(10));
        orders.getColumns().add(stage);
        Tables.fit(orders);
        io.cashtrail.ui.common.TableState.remember(orders, ctx.prefs(), "customers.orders.columns");
        orders.setPlaceholder(hint("customers.noOrders"));
        orders.getStyleClass().add("customers-detail-table");
        stage.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                OrderRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                getStyleClass().remove("late-cell");
                setTooltip(null);
                if (row != null && row.late()) {
                    getStyleClass().add("late-cell");
                    setTooltip(new Tooltip(item));
                }
            }
        });
        orders.setRowFactory(t -> {
            TableRow<OrderRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    OrderDetailWindow.open(ctx, window(), row.getItem().id());
                }
            });
            return row;
        });

        var selected = contracts.getSelectionModel().selectedItemProperty().isNull();
        editContract.disableProperty().bind(selected);
        deleteContract.disableProperty().bind(selected);
        newOrder.disableProperty().bind(selected);
        applyTerms.disableProperty().bind(selected);
        applyTerms.setOnAction(e -> applyTerms());
        newContract.setOnAction(e -> newContract());
        editContract.setOnAction(e -> editContract());
        deleteContract.setOnAction(e -> deleteContract());
        newOrder.setOnAction(e -> OrderDetailWindow.openNew(ctx, window(), selectedContract().id()));

        Label contractsTitle = section("customers.contracts");
        Label ordersTitle = section("customers.orders");
        Label ordersHint = hint("customers.orders.openHint");
        FlowPane contractButtons = new FlowPane(6, 6, newContract, editContract, deleteContract, newOrder, applyTerms);
        contractButtons.getStyleClass().add("customers-button-bar");
        root = new VBox(6, contractsTitle, contractButtons, contracts, ordersTitle, orders, ordersHint);
    }

    Node node() {
        return root;
    }

    /** Shows the contracts and orders of an overview, keeping the selected contract when it still exists. */
    void show(CustomerOverview overview, List<String> knownOwners) {
        this.customer = overview.customer();
        this.owners = knownOwners;
        long keep = selectedContract() == null ? 0 : selectedContract().id();
        contracts.getItems().setAll(ContractRow.of(overview.contracts(), overview.orders()));
        orders.getItems().setAll(OrderRow.of(overview.orders(), ctx.workspace().today()));
        contracts.getItems().stream().filter(r -> r.id() == keep).findFirst()
                .ifPresent(r -> contracts.getSelectionModel().select(r));
    }

    void clear() {
        customer = null;
        contracts.getItems().clear();
        orders.getItems().clear();
    }

    private ContractRow selectedContract() {
        return contracts.getSelectionModel().getSelectedItem();
    }

    /** Applies a payment-terms template to every order of the selected contract, after confirmation. */
    private void applyTerms() {
        ContractRow c = selectedContract();
        var plans = ctx.workspace().paymentPlans();
        ctx.work().read(Messages.get("common.loading"), plans::templates, templates -> {
            javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(
                    templates.get(0).name(), templates.stream().map(io.cashtrail.domain.PaymentTerms::name).toList());
            d.initOwner(window());
            d.setTitle(Messages.get("customers.applyTerms"));
            d.setHeaderText(null);
            d.setContentText(Messages.get("customers.applyTerms.choose", c.contractNo()));
            ((javafx.scene.control.Button) d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                    .setText(Messages.get("common.ok"));
            ((javafx.scene.control.Button) d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                    .setText(Messages.get("common.cancel"));
            d.showAndWait().flatMap(name -> templates.stream().filter(t -> t.name().equals(name)).findFirst())
                    .filter(t -> Dialogs.confirm(window(), Messages.get("customers.applyTerms"),
                            Messages.get("customers.applyTerms.confirm", t.name(), c.contractNo())))
                    .ifPresent(t -> ctx.work().write(Messages.get("common.working"),
                            () -> plans.applyToContract(c.id(), t), n -> ctx.events().fireChanged()));
        });
    }

    private void newContract() {
        if (customer != null) {
            ContractDialog.show(ctx, window(), customer, null, owners).ifPresent(saved -> {
                selectWhenLoaded(saved);
                changed.run();
            });
        }
    }

    private void editContract() {
        ContractRow row = selectedContract();
        if (customer != null && row != null) {
            ContractDialog.show(ctx, window(), customer, row.contract(), owners)
                    .ifPresentOrElse(saved -> changed.run(), reload);
        }
    }

    private void selectWhenLoaded(Contract saved) {
        contracts.getItems().addListener(new javafx.collections.ListChangeListener<ContractRow>() {
            @Override
            public void onChanged(Change<? extends ContractRow> c) {
                contracts.getItems().removeListener(this);
                contracts.getItems().stream().filter(r -> r.id() == saved.id()).findFirst()
                        .ifPresent(r -> contracts.getSelectionModel().select(r));
            }
        });
    }

    /** Asks first; a contract with orders is deleted only after a second, explicit confirmation. */
    private void deleteContract() {
        ContractRow row = selectedContract();
        if (row == null || !Dialogs.confirm(window(), Messages.get("customers.deleteContract.title"),
                Messages.get("customers.deleteContract.confirm", row.contractNo()))) {
            return;
        }
        ctx.work().read(Messages.get("customers.checking"), () -> ctx.workspace().customers().orderCount(row.id()),
                n -> {
                    if (n > 0 && !Dialogs.confirmDestructive(window(), Messages.get("customers.deleteContract.title"),
                            Messages.get("customers.deleteContract.cascade", row.contractNo(),
                                    Errors.dependents(Map.of("order", n))))) {
                        return;
                    }
                    ctx.work().write(Messages.get("customers.deleting"), () -> {
                        ctx.workspace().customers().deleteContract(row.id(), n > 0);
                        return null;
                    }, v -> changed.run(), t -> {
                        Dialogs.error(window(), t);
                        reload.run();
                    });
                });
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label hint(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
