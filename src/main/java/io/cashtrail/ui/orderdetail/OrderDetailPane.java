package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Order;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.NotFoundException;
import io.cashtrail.service.OrderDetail;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Everything about one order in one pane: header, the order form with its stages, the four record
 * lists and the history. Loads in the background and reloads after every write.
 */
final class OrderDetailPane implements RecordList.Host {
    private final UiContext ctx;
    private final Stage stage;
    private final OrderHeader header = new OrderHeader();
    private final OrderEditor editor;
    private final List<RecordList<?>> lists;
    private final HistoryTable history = new HistoryTable();
    private final OrderActions actions;
    private final Label status = new Label();
    private final Button delete;
    private final BorderPane root = new BorderPane();
    private OrderDetail detail;
    private long requested = -1;

    OrderDetailPane(UiContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
        this.editor = new OrderEditor(ctx.workspace()::today);
        this.actions = new OrderActions(this);
        lists = List.of(new RecordList<>(Shipments.kind(), this), new RecordList<>(Invoices.kind(), this),
                new RecordList<>(Installments.kind(), this, List.of(new RecordList.Extra<>("order-installments-template",
                        "installment.applyTemplate", false, (host, none) -> ApplyTemplateDialog.open(host)))),
                new RecordList<>(Payments.kind(), this, List.of(new RecordList.Extra<>("order-payments-allocate",
                        "payment.allocate", true, AllocationDialog::open))));
        io.cashtrail.ui.common.TableState.remember(history.table(), ctx.prefs(), "orderdetail.history.columns");
        ScrollPane main = new ScrollPane(editor.node());
        main.setFitToWidth(true);
        Tab order = new Tab(Messages.get("order.tab.order"), main);
        order.setId("order-tab-main");
        Tab changes = new Tab(Messages.get("history.tab"), history.node());
        changes.setId("order-history-tab");
        TabPane tabs = new TabPane(order);
        lists.forEach(l -> tabs.getTabs().add(l.tab()));
        tabs.getTabs().add(changes);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        delete = Widgets.button("order-delete", "order.delete", actions::delete);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        status.setId("order-status");
        status.getStyleClass().add("hint");
        HBox buttons = new HBox(8, delete, gap, status,
                Widgets.button("order-reload", "common.reload", actions::reload),
                Widgets.button("order-save", "common.save", actions::save),
                Widgets.button("order-close", "common.close", () -> close(false)));
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 10, 8, 10));
        buttons.getStyleClass().add("order-buttons");
        root.setTop(header.node());
        root.setCenter(tabs);
        root.setBottom(buttons);
        root.setDisable(true);
        status(Messages.get("common.loading"));
    }

    Parent node() {
        return root;
    }

    /** The order shown; 0 while a new order is not saved yet. */
    long orderId() {
        return detail == null ? requested : detail.order().id();
    }

    boolean isDirty() {
        return editor.isDirty();
    }

    OrderEditor editor() {
        return editor;
    }

    void status(String text) {
        status.setText(text);
    }

    void load(long orderId) {
        requested = orderId;
        read(() -> ctx.workspace().orders().detail(orderId), d -> apply(d, true));
    }

    /** A new order of a contract, prefilled from the contract; nothing is saved until Save. */
    void loadNew(long contractId) {
        requested = 0;
        read(() -> {
            Contract c = ctx.workspace().customers().contract(contractId);
            Customer cu = ctx.workspace().customers().find(c.customerId());
            Order draft = NewOrder.draft(c, ctx.workspace().orders().forContract(contractId));
            return new OrderDetail(draft, c, cu, List.of(), List.of(), List.of(), List.of(), List.of());
        }, d -> apply(d, true));
    }

    /** Reloads after a change anywhere; keeps the user's unsaved edits of the order form. */
    void refresh() {
        if (orderId() > 0) {
            long id = orderId();
            read(() -> ctx.workspace().orders().detail(id), d -> apply(d, false));
        }
    }

    private void read(java.util.concurrent.Callable<OrderDetail> work, Consumer<OrderDetail> then) {
        ctx.work().<Object>read(Messages.get("common.loading"), () -> {
            try {
                return work.call();
            } catch (NotFoundException e) {
                return e;
            }
        }, r -> {
            if (r instanceof NotFoundException gone) {
                Dialogs.error(stage, gone);
                stage.close();
            } else {
                then.accept((OrderDetail) r);
            }
        });
    }

    /** Shows a loaded order; the form is refilled when asked, or when it holds no unsaved edits. */
    void apply(OrderDetail d, boolean resetForm) {
        Order base = editor.base();
        boolean reset = resetForm || base == null
                || (!editor.isDirty() && d.order().version() >= base.version());
        detail = d;
        if (root.isDisabled()) {
            root.setDisable(false);
            status("");
        }
        header.show(d, ctx.workspace().today());
        lists.forEach(l -> l.show(d));
        history.show(d.history());
        if (reset) {
            editor.set(d.order(), d.contract(), d.customer());
            editor.show(ctx.workspace().orders().validate(d.order()));
        }
        stage.setTitle(d.order().id() == 0
                ? Messages.get("order.window.titleNew", d.contract().contractNo())
                : Messages.get("order.window.title", d.order().orderNo(), d.contract().contractNo()));
        delete.setDisable(d.order().id() == 0);
        if (d.order().id() == 0) {
            status(Messages.get("order.saveFirst"));
        }
    }

    /** Closes the window; unsaved edits are dropped only after asking, unless forced. */
    boolean close(boolean force) {
        if (force || !editor.isDirty() || Dialogs.confirm(stage, Messages.get("common.confirm"),
                Messages.get("order.discard"))) {
            stage.close();
            return true;
        }
        return false;
    }

    @Override
    public UiContext ctx() {
        return ctx;
    }

    @Override
    public Window window() {
        return stage;
    }

    @Override
    public OrderDetail detail() {
        return detail;
    }

    @Override
    public void written() {
        ctx.events().fireChanged();
    }

    @Override
    public void failed(Throwable t) {
        actions.failed(t, false);
    }
}
