package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.InvoiceKind;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Invoices of an order (专票, 普票, 电子, 红冲): columns, editing form and the invoiced total. */
final class Invoices {
    private Invoices() {
    }

    static RecordKind<Invoice> kind() {
        return new RecordKind<>("invoice",
                List.of(Col.text(m("invoiceNo"), Invoice::invoiceNo, 9),
                        Col.text(m("kind"), i -> kindName(i.kind()), 7),
                        Col.date(m("issuedDate"), Invoice::issuedDate),
                        Col.date(m("submittedDate"), Invoice::submittedDate),
                        Col.money(m("amount"), Invoice::amount),
                        Col.money(m("taxAmount"), Invoice::taxAmount),
                        Col.text(m("notes"), Invoice::notes, 12)),
                OrderDetail::invoices, InvoiceForm::new, (s, r) -> s.save(r), (s, r) -> s.deleteInvoice(r.id()),
                r -> Objects.toString(r.invoiceNo(), "") + " " + Formats.money(r.amount()),
                Invoices::summary);
    }

    static String kindName(InvoiceKind k) {
        return k == null ? "" : Messages.get("invoice.kind." + k.name());
    }

    private static String m(String key) {
        return Messages.get("invoice." + key);
    }

    private static RecordKind.Summary summary(OrderDetail d) {
        BigDecimal total = d.invoices().stream().map(Invoice::amount).filter(Objects::nonNull)
                .reduce(Money.ZERO, BigDecimal::add);
        return d.invoices().isEmpty() ? null
                : new RecordKind.Summary(Messages.get("invoice.total", Formats.money(total),
                        Formats.money(d.order().amount())), total.compareTo(d.order().amount()) > 0);
    }

    /** The invoice dialog: issued date and amount required; only a credit note (红冲) may be negative. */
    private static final class InvoiceForm extends RecordForm<Invoice> {
        private final TextField number = text("invoiceNo", old(Invoice::invoiceNo));
        private final ComboBox<InvoiceKind> kind = choice("kind", List.of(InvoiceKind.values()),
                old(Invoice::kind), Invoices::kindName);
        private final DatePicker issued = date("issuedDate", old(Invoice::issuedDate));
        private final DatePicker submitted = date("submittedDate", old(Invoice::submittedDate));
        private final TextField amount = amount("amount", old(Invoice::amount));
        private final TextField tax = amount("taxAmount", old(Invoice::taxAmount));
        private final TextArea notes = area("notes", old(Invoice::notes));

        InvoiceForm(OrderDetail d, Invoice existing, LocalDate today) {
            super("invoice", d, existing, Invoice::id, Invoice::version);
        }

        @Override
        Invoice read() {
            return new Invoice(id, orderId, textOf(number), kind.getValue(),
                    dateOf("issuedDate", issued), dateOf("submittedDate", submitted), amountOf("amount", amount),
                    amountOf("taxAmount", tax), textOf(notes), version);
        }

        @Override
        ValidationResult validate(Invoice i) {
            ValidationResult r = new ValidationResult();
            boolean credit = i.kind() == InvoiceKind.CREDIT_NOTE;
            length(r, "invoiceNo", i.invoiceNo(), 100, false);
            required(r, "issuedDate", i.issuedDate());
            notBefore(r, "submittedDate", i.submittedDate(), i.issuedDate(), "invoice.submittedBeforeIssued");
            amount(r, "amount", i.amount(), true, credit);
            amount(r, "taxAmount", i.taxAmount(), false, credit);
            return r;
        }
    }
}
