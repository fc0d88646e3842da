package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Allocation;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Payment;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.CollectionsSnapshot;
import io.cashtrail.service.ReceivableLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Allocates a payment by hand to the customer's installments (any of its orders). What is left
 * unallocated goes oldest due first as usual; what is more than all installments stays as credit.
 */
final class AllocationDialog {
    /** What the dialog shows: the customer's installments as receivables, and this payment's hand allocations. */
    private record Data(List<ReceivableLine> lines, Map<Long, BigDecimal> manual) {
    }

    private AllocationDialog() {
    }

    static void open(RecordList.Host host, Object selected) {
        Payment p = (Payment) selected;
        CollectionsService svc = host.ctx().workspace().collections();
        host.ctx().work().read(Messages.get("common.loading"), () -> {
            CollectionsSnapshot snap = svc.customerSnapshot(p.customerId());
            Map<Long, BigDecimal> manual = host.ctx().workspace().paymentPlans().manualAllocations().stream()
                    .filter(m -> m.paymentId() == p.id())
                    .collect(Collectors.toMap(Allocation.Manual::installmentId, Allocation.Manual::amount,
                            BigDecimal::add));
            return new Data(svc.lines(snap, host.ctx().workspace().today()), manual);
        }, d -> show(host, p, d));
    }

    private static void show(RecordList.Host host, Payment p, Data d) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        String[] heads = {"payment.allocate.order", "installment.label", "installment.dueDate", "installment.amount",
            "payment.allocate.open", "payment.allocate.amount"};
        for (int i = 0; i < heads.length; i++) {
            grid.add(new Label(Messages.get(heads[i])), i, 0);
        }
        List<TextField> fields = new ArrayList<>();
        int row = 1;
        for (ReceivableLine l : d.lines()) {
            BigDecimal mine = d.manual().get(l.installment().id());
            TextField f = new TextField(mine == null ? "" : Formats.amount(mine));
            f.setId("order-allocate-" + l.installment().id());
            f.setPrefColumnCount(9);
            fields.add(f);
            grid.addRow(row++, new Label(l.order().orderNo()), new Label(l.installment().label()),
                    new Label(Formats.date(l.installment().dueDate())), new Label(Formats.money(l.installment().amount())),
                    new Label(Formats.money(l.outstanding())), f);
        }
        Label error = new Label();
        error.getStyleClass().addAll("field-message", "error");
        error.setWrapText(true);
        Label hint = new Label(Messages.get("payment.allocate.hint", Formats.money(p.amount()), Formats.date(p.receivedDate())));
        hint.setWrapText(true);
        hint.setPrefWidth(700);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        error.setPrefWidth(700);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefSize(720, Math.min(360, 40 + 32 * row));
        scroll.setFitToWidth(true);
        Dialog<List<Allocation.Manual>> dialog = new Dialog<>();
        dialog.initOwner(host.window());
        dialog.setTitle(Messages.get("payment.allocate"));
        ButtonType ok = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(new VBox(8, hint, scroll, error));
        dialog.getDialogPane().lookupButton(ok).setId("order-allocate-save");
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (read(p, d.lines(), fields, error) == null) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? read(p, d.lines(), fields, error) : null);
        dialog.showAndWait().ifPresent(list -> host.ctx().work().write(Messages.get("common.working"), () -> {
            host.ctx().workspace().paymentPlans().allocateByHand(p.id(), list);
            return list;
        }, x -> host.written(), host::failed));
    }

    /** The allocations as typed, or null with the reason shown (not an amount, more than the payment …). */
    private static List<Allocation.Manual> read(Payment p, List<ReceivableLine> lines, List<TextField> fields,
            Label error) {
        error.setText("");
        List<Allocation.Manual> out = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        for (int i = 0; i < fields.size(); i++) {
            String t = fields.get(i).getText();
            BigDecimal v;
            try {
                v = Formats.parseAmount(t);
            } catch (NumberFormatException e) {
                error.setText(Messages.get("validation.notAmount", t));
                return null;
            }
            if (v == null || v.signum() == 0) {
                continue;
            }
            ReceivableLine l = lines.get(i);
            if (v.signum() < 0 || v.compareTo(Money.orZero(l.installment().amount())) > 0) {
                error.setText(Messages.get("payment.allocate.tooMuchForLine", l.installment().label()));
                return null;
            }
            total = total.add(v);
            out.add(new Allocation.Manual(p.id(), l.installment().id(), Money.normalize(v)));
        }
        if (total.compareTo(p.amount()) > 0) {
            error.setText(Messages.get("payment.allocate.tooMuch", Formats.money(total), Formats.money(p.amount())));
            return null;
        }
        return out;
    }
}
