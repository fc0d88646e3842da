package io.cashtrail.importer.plan;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Money;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ImportField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a contract ledger says about the money of an order beyond single receipts. Its due columns
 * (应收1/应收日期1 …, or one 回款计划 amount with its date) become the order's payment plan when the
 * order has none yet (a plan already recorded is kept, with a warning when the sheet's differs).
 * Its received total (已回款, or the amount less 未回款) is checked against the payments recorded
 * for the order: when none are recorded, a payment of that total is created so the receivable is
 * right (dated by the row's 回款日期; without one, dated the day of the import and the row says so,
 * because a receivable shown open for money already received would send the salesperson chasing a
 * customer who has paid); when some are recorded and the totals differ, the row gets a warning.
 */
final class LedgerReceivables {
    private final RecordIndex records;
    private final LocalDate today;

    LedgerReceivables(RecordIndex records, LocalDate today) {
        this.records = records;
        this.today = today;
    }

    void plan(LedgerIndex.OrderEntry oe, Ref customer, RowValues v, RowPlan p) {
        installments(oe, v, p);
        received(oe, customer, v, p);
    }

    private void installments(LedgerIndex.OrderEntry oe, RowValues v, RowPlan p) {
        List<Object[]> lines = new ArrayList<>();
        BigDecimal single = v.get(ImportField.DUE_AMOUNT);
        LocalDate singleDue = v.get(ImportField.PAYMENT_DUE_DATE);
        if (single != null && singleDue != null && single.signum() > 0) {
            lines.add(new Object[] {single, singleDue});
        }
        for (Map<ImportField, Object> g : v.groups.values()) {
            BigDecimal amount = (BigDecimal) g.get(ImportField.DUE_AMOUNT);
            if (amount != null && amount.signum() > 0) {
                lines.add(new Object[] {amount, g.get(ImportField.PAYMENT_DUE_DATE)});
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        List<Installment> plan = records.installments(oe.ref);
        if (!plan.isEmpty()) {
            if (!sameAmounts(plan, lines)) {
                v.warn(ImportField.DUE_AMOUNT, "importkinds.ledger.planKept", plan.size(), lines.size());
            }
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            Installment draft = Installment.of(0, i + 1, Messages.get("importkinds.installment.label", i + 1),
                    (BigDecimal) lines.get(i)[0], (LocalDate) lines.get(i)[1]);
            p.create(KindOps.createInstallment(oe.ref, draft));
            plan.add(draft);
        }
    }

    private static boolean sameAmounts(List<Installment> plan, List<Object[]> lines) {
        if (plan.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).amount().compareTo((BigDecimal) lines.get(i)[0]) != 0) {
                return false;
            }
        }
        return true;
    }

    private void received(LedgerIndex.OrderEntry oe, Ref customer, RowValues v, RowPlan p) {
        BigDecimal ledger = v.get(ImportField.RECEIVED_TOTAL);
        ImportField from = ImportField.RECEIVED_TOTAL;
        BigDecimal outstanding = v.get(ImportField.OUTSTANDING);
        if (ledger == null && outstanding != null && oe.state().amount() != null) {
            ledger = oe.state().amount().subtract(outstanding);
            from = ImportField.OUTSTANDING;
        }
        if (ledger == null) {
            return;
        }
        ledger = Money.normalize(ledger);
        BigDecimal recorded = Money.ZERO;
        for (LedgerIndex.PaymentKey k : oe.payments()) {
            recorded = recorded.add(k.amount());
        }
        if (recorded.signum() == 0 && ledger.signum() > 0) {
            LocalDate date = v.get(ImportField.PAYMENT_DATE);
            String note;
            if (date == null) {
                date = today;
                note = Messages.get("importkinds.ledger.receivedUndated", v.header(from), Money.normalize(ledger));
                v.warn(from, "importkinds.ledger.receivedUndatedWarning", ledger.toPlainString(), FieldCodec.text(today));
            } else {
                note = Messages.get("importkinds.ledger.receivedNote", v.header(from));
            }
            p.create(new Op.CreatePayment(oe.ref, customer, date, ledger, note));
            oe.payments().add(new LedgerIndex.PaymentKey(date, ledger));
        } else if (recorded.compareTo(ledger) != 0) {
            v.warn(from, "importkinds.ledger.receivedMismatch", ledger.toPlainString(), recorded.toPlainString(),
                    ledger.subtract(recorded).toPlainString());
        }
    }
}
