package io.cashtrail.ui.receivables;

import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.domain.Money;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ReceivableLine;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the receivables tree (a group, an order or an installment) with its figures computed
 * once, so the tree never adds up through bindings. Group and order rows are sums of their children.
 */
public record ReceivableRow(Level level, String name, BigDecimal amount, BigDecimal received, BigDecimal outstanding,
        BigDecimal overdue, BigDecimal pending, InstallmentStatus status, LocalDate due, BigDecimal credit,
        Long orderId, BigDecimal invoiced, BigDecimal unbilled, BigDecimal shippedPending, LocalDate expected,
        String expectation) {

    /** Where the row sits in the tree. */
    public enum Level { GROUP, ORDER, INSTALLMENT }

    static ReceivableRow of(ReceivableLine l, io.cashtrail.service.CollectionsService.Expectation e) {
        BigDecimal open = l.outstanding();
        return new ReceivableRow(Level.INSTALLMENT, label(l), Money.orZero(l.installment().amount()), l.allocated(),
                open, l.status() == InstallmentStatus.OVERDUE ? open : Money.ZERO,
                l.triggered() ? Money.ZERO : open, l.status(), l.installment().dueDate(), null, l.order().orderId(),
                null, null, null, e == null ? null : e.payment(), explain(e));
    }

    /** "Invoice 2026-11-26 → booked 2026-12-01 → paid 2027-01-30; invoice by … or ¥… moves …". */
    private static String explain(io.cashtrail.service.CollectionsService.Expectation e) {
        if (e == null) {
            return null;
        }
        String text = e.invoice() == null ? Messages.get("receivables.expect.noInvoice", Formats.date(e.payment()))
                : Messages.get("receivables.expect", Formats.date(e.invoice()), Formats.date(e.accepted()),
                        Formats.date(e.payment()));
        if (e.slip() != null) {
            text += "\n" + Messages.get("action.suggest.invoiceBeforeCutoff", Formats.date(e.slip().deadline()),
                    Formats.money(e.slip().amount()), e.slip().from().toString(), e.slip().to().toString());
        }
        return text;
    }

    private static String label(ReceivableLine l) {
        String label = l.installment().label();
        return l.installment().seq() + ". " + (label == null ? "" : label);
    }

    /** An empty sum row to add children into. */
    static ReceivableRow sum(Level level, String name, Long orderId) {
        return new ReceivableRow(level, name, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null, null,
                null, orderId, Money.ZERO, Money.ZERO, Money.ZERO, null, null);
    }

    ReceivableRow plus(ReceivableRow r) {
        LocalDate earliest = due == null ? r.due : r.due == null || due.isBefore(r.due) ? due : r.due;
        boolean openChild = r.outstanding.signum() > 0;
        return new ReceivableRow(level, name, amount.add(r.amount), received.add(r.received),
                outstanding.add(r.outstanding), overdue.add(r.overdue), pending.add(r.pending), status,
                openChild ? earliest : due, credit, orderId, add(invoiced, r.invoiced), add(unbilled, r.unbilled),
                add(shippedPending, r.shippedPending), null, null);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** An order row with its invoicing figures (they belong to the order, not to its installments). */
    ReceivableRow withOrderFigures(io.cashtrail.service.CollectionsService.OrderFigures f) {
        return f == null ? this : new ReceivableRow(level, name, amount, received, outstanding, overdue, pending, status,
                due, credit, orderId, f.invoiced(), f.unbilled(), f.shippedNotReceivable(), expected, expectation);
    }

    ReceivableRow withCredit(BigDecimal c) {
        return new ReceivableRow(level, name, amount, received, outstanding, overdue, pending, status, due, c, orderId,
                invoiced, unbilled, shippedPending, expected, expectation);
    }
}
