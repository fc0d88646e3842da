package io.cashtrail.ui.orderdetail;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import io.cashtrail.service.OrderService;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A tab listing one kind of order record with Add / Edit / Delete. The same mechanism serves
 * shipments, invoices, installments and payments; what differs comes from the {@link RecordKind}.
 */
final class RecordList<T> {
    /** What the list needs from the window it sits in. */
    interface Host {
        UiContext ctx();

        Window window();

        OrderDetail detail();

        /** A write succeeded: tell the other screens and reload. */
        void written();

        /** A write failed: explain, and offer to reload when the data was stale. */
        void failed(Throwable t);
    }

    private final RecordKind<T> kind;
    private final Host host;
    private final RowTable<T> table;
    private final Label summary = new Label();
    private final Tab tab = new Tab();

    /**
     * An extra button of one list's toolbar (e.g. "Apply template…" on the payment plan); with
     * {@code needsSelection} it is enabled only while a row is selected, which it receives.
     */
    record Extra<T>(String id, String labelKey, boolean needsSelection,
            java.util.function.BiConsumer<Host, T> action) {
    }

    RecordList(RecordKind<T> kind, Host host) {
        this(kind, host, List.of());
    }

    RecordList(RecordKind<T> kind, Host host, List<Extra<T>> extras) {
        this.kind = kind;
        this.host = host;
        String ids = "order-" + kind.name() + "s";
        table = new RowTable<>(ids + "-table", kind.columns(), Messages.get(kind.name() + ".empty"));
        io.cashtrail.ui.common.TableState.remember(table.node(), host.ctx().prefs(), "orderdetail." + ids + ".columns");
        Button add = Widgets.button(ids + "-add", "common.add", () -> open(null));
        Button edit = Widgets.button(ids + "-edit", "common.edit", () -> table.selected().ifPresent(this::open));
        Button delete = Widgets.button(ids + "-delete", "common.delete", this::delete);
        var none = table.node().getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        table.node().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                table.selected().ifPresent(this::open);
            }
        });
        summary.setId(ids + "-summary");
        summary.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, delete);
        for (Extra<T> x : extras) {
            Button b = Widgets.button(x.id(), x.labelKey(), () -> x.action().accept(host,
                    table.selected().orElse(null)));
            if (x.needsSelection()) {
                b.disableProperty().bind(none);
            }
            bar.getChildren().add(b);
        }
        bar.getChildren().addAll(gap, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, bar, table.node());
        root.setPadding(new Insets(10));
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        tab.setContent(root);
        tab.setClosable(false);
        tab.setId(ids + "-tab");
    }

    Tab tab() {
        return tab;
    }

    /** Shows the records of a (re)loaded order; disabled until a new order is saved. */
    void show(OrderDetail d) {
        var rows = kind.rows().apply(d);
        table.setAll(rows);
        tab.setText(Messages.get(kind.name() + ".tab", rows.size()));
        tab.setDisable(d.order().id() == 0);
        RecordKind.Summary s = d.order().id() == 0 ? null : kind.summary().apply(d);
        summary.setText(s == null ? "" : s.text());
        summary.getStyleClass().removeAll("field-message", "warning");
        if (s != null && s.warning()) {
            summary.getStyleClass().addAll("field-message", "warning");
        }
    }

    private void open(T existing) {
        RecordForm<T> form = kind.form().create(host.detail(), existing, host.ctx().workspace().today());
        String title = Messages.get(kind.name() + (existing == null ? ".new" : ".edit"));
        RecordDialog.edit(host.window(), title, form)
                .ifPresent(r -> write(title, () -> kind.save().apply(orders(), r)));
    }

    private void delete() {
        table.selected().ifPresent(r -> {
            String question = Messages.get(kind.name() + ".deleteConfirm", kind.describe().apply(r));
            if (Dialogs.confirm(host.window(), Messages.get("common.confirm"), question)) {
                write(Messages.get("common.delete"), () -> {
                    kind.delete().accept(orders(), r);
                    return r;
                });
            }
        });
    }

    private OrderService orders() {
        return host.ctx().workspace().orders();
    }

    private void write(String message, Callable<Object> work) {
        host.ctx().work().write(message, work, x -> host.written(), host::failed);
    }
}
