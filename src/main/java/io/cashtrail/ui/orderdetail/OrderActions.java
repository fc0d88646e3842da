package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Order;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Errors;
import io.cashtrail.service.OrderDetail;
import io.cashtrail.service.OrderService;
import io.cashtrail.ui.common.Dialogs;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Save, reload and delete of the order shown in an {@link OrderDetailPane}, and what the user sees
 * when a write fails: a stale copy is never overwritten, the user is offered a reload instead.
 */
final class OrderActions {
    private final OrderDetailPane pane;
    private boolean saving;

    OrderActions(OrderDetailPane pane) {
        this.pane = pane;
    }

    private OrderService orders() {
        return pane.ctx().workspace().orders();
    }

    /** Checks the form; errors stay beside their fields and nothing is written until they are fixed. */
    void save() {
        if (saving) {
            return;
        }
        OrderEditor editor = pane.editor();
        Order o = editor.read();
        if (o == null || !editor.show(orders().validate(o))) {
            pane.status(Messages.get("validation.fixErrors"));
            return;
        }
        pane.status(Messages.get("common.working"));
        saving = true;
        pane.ctx().work().write(Messages.get("order.saving"), () -> orders().save(o), saved -> {
            saving = false;
            OrderDetail d = pane.detail();
            pane.apply(new OrderDetail(saved, d.contract(), d.customer(), d.shipments(), d.invoices(),
                    d.installments(), d.payments(), d.history()), true);
            pane.status(Messages.get("order.saved", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"))));
            pane.written();
        }, t -> {
            saving = false;
            failed(t, true);
        });
    }

    /** Loads the order again; unsaved edits are dropped after asking. */
    void reload() {
        if (pane.isDirty() && !Dialogs.confirm(pane.window(), Messages.get("common.confirm"),
                Messages.get("order.discard"))) {
            return;
        }
        pane.status("");
        if (pane.orderId() > 0) {
            pane.load(pane.orderId());
        } else {
            pane.loadNew(pane.detail().contract().id());
        }
    }

    /** Asks, lists what else would go (shipments, invoices, …) and asks again, then deletes and closes. */
    void delete() {
        OrderDetail d = pane.detail();
        long id = d.order().id();
        String title = Messages.get("order.delete.title");
        if (id <= 0 || !Dialogs.confirm(pane.window(), title,
                Messages.get("order.delete.confirm", d.order().orderNo(), d.contract().contractNo()))) {
            return;
        }
        pane.ctx().work().read(title, () -> orders().dependents(id), deps -> {
            boolean cascade = deps.values().stream().anyMatch(n -> n > 0);
            if (cascade && !Dialogs.confirmDestructive(pane.window(), title,
                    Messages.get("order.delete.dependents", d.order().orderNo(), Errors.dependents(deps)))) {
                return;
            }
            pane.ctx().work().write(title, () -> {
                orders().delete(id, cascade);
                return id;
            }, x -> {
                pane.close(true);
                pane.written();
            }, t -> failed(t, false));
        });
    }

    /**
     * A stale copy offers a reload (of the whole order after a failed order save, else of its records,
     * keeping unsaved form edits); a duplicate order number is shown beside the field; else an error.
     */
    void failed(Throwable t, boolean orderSave) {
        pane.status("");
        if (Errors.isStale(t)) {
            ButtonType reload = new ButtonType(Messages.get("common.reload"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = Dialogs.alert(pane.window(), Alert.AlertType.ERROR, Messages.get("error.stale.title"),
                    Errors.userMessage(t, pane.ctx().logFile()), reload, cancel);
            a.getDialogPane().setId("order-stale-alert");
            if (a.showAndWait().orElse(cancel) != reload) {
                return;
            }
            if (orderSave) {
                pane.editor().forget();
                reload();
            } else {
                pane.refresh();
            }
        } else if ("orderNo".equals(Errors.duplicateField(t))) {
            pane.editor().error("orderNo", Errors.userMessage(t, pane.ctx().logFile()));
        } else if (t instanceof io.cashtrail.service.ValidationException v) {
            ValidationResult r = v.result();
            pane.editor().show(r);
            pane.status(Messages.get("validation.fixErrors"));
        } else {
            Dialogs.error(pane.window(), t);
        }
    }
}
