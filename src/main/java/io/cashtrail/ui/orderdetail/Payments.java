package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.PaymentMethod;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Payments received (回款) for an order, from the contract's customer: columns, form and totals. */
final class Payments {
    private Payments() {
    }

    static RecordKind<Payment> kind() {
        return new RecordKind<>("payment",
                List.of(Col.date(m("receivedDate"), Payment::receivedDate),
                        Col.money(m("amount"), Payment::amount),
                        Col.text(m("method"), p -> methodName(p.method()), 8),
                        Col.text(m("reference"), Payment::reference, 12),
                        Col.text(m("notes"), Payment::notes, 14)),
                OrderDetail::payments, PaymentForm::new, (s, r) -> s.save(r), (s, r) -> s.deletePayment(r.id()),
                r -> Formats.date(r.receivedDate()) + " " + Formats.money(r.amount()),
                Payments::summary);
    }

    static String methodName(PaymentMethod p) {
        return p == null ? "" : Messages.get("payment.method." + p.name());
    }

    private static String m(String key) {
        return Messages.get("payment." + key);
    }

    /** Sum of the payments of an order. */
    static BigDecimal received(OrderDetail d) {
        return d.payments().stream().map(Payment::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static RecordKind.Summary summary(OrderDetail d) {
        BigDecimal received = received(d);
        return new RecordKind.Summary(Messages.get("payment.total", Formats.money(received),
                Formats.money(d.order().amount())), received.compareTo(d.order().amount()) > 0);
    }

    /** The payment dialog: received date (not in the future) and amount required, never negative. */
    private static final class PaymentForm extends RecordForm<Payment> {
        private final long customerId;
        private final LocalDate today;
        private final DatePicker received = date("receivedDate", old(Payment::receivedDate));
        private final TextField amount = amount("amount", old(Payment::amount));
        private final ComboBox<PaymentMethod> method = choice("method", List.of(PaymentMethod.values()),
                old(Payment::method), Payments::methodName);
        private final DatePicker maturity = date("maturityDate", old(Payment::maturityDate));
        private final TextField reference = text("reference", old(Payment::reference));
        private final TextArea notes = area("notes", old(Payment::notes));

        PaymentForm(OrderDetail d, Payment existing, LocalDate today) {
            super("payment", d, existing, Payment::id, Payment::version);
            this.customerId = d.contract().customerId();
            this.today = today;
        }

        @Override
        Payment read() {
            return new Payment(id, orderId, customerId,
                    dateOf("receivedDate", received), amountOf("amount", amount), method.getValue(),
                    textOf(reference), textOf(notes), version,
                    method.getValue() == PaymentMethod.ACCEPTANCE_BILL ? dateOf("maturityDate", maturity) : null);
        }

        @Override
        ValidationResult validate(Payment p) {
            ValidationResult r = new ValidationResult();
            required(r, "receivedDate", p.receivedDate());
            if (p.receivedDate() != null && p.receivedDate().isAfter(today.plusDays(1))) {
                r.error(field("receivedDate"), "validation.futureDate");
            }
            amount(r, "amount", p.amount(), true, false);
            length(r, "reference", p.reference(), 200, false);
            return r;
        }
    }
}
