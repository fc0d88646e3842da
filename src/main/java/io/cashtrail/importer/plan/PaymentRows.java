package io.cashtrail.importer.plan;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.TextNormalizer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Plans one row of a receipts list (回款台账): a payment on the order the row names (by contract and
 * order number), else unallocated on the customer. A payment already recorded with the same day and
 * amount is unchanged, so importing the list again adds nothing.
 */
final class PaymentRows {
    static final Set<ImportField> USED = EnumSet.of(ImportField.CUSTOMER_NAME, ImportField.CUSTOMER_ALIAS,
            ImportField.CONTRACT_NO, ImportField.ORDER_NO, ImportField.PAYMENT_DATE, ImportField.PAYMENT_AMOUNT,
            ImportField.AMOUNT);

    private final LedgerIndex index;
    private final Customers customers;

    PaymentRows(LedgerIndex index) {
        this.index = index;
        this.customers = new Customers(index);
    }

    RowPlan plan(RowValues v) {
        LocalDate date = v.get(ImportField.PAYMENT_DATE);
        BigDecimal amount = v.get(ImportField.PAYMENT_AMOUNT);
        ImportField amountField = ImportField.PAYMENT_AMOUNT;
        if (amount == null) {
            amount = v.get(ImportField.AMOUNT);
            amountField = ImportField.AMOUNT;
        }
        if (date == null) {
            v.error(ImportField.PAYMENT_DATE, "import.plan.missing", Messages.get(ImportField.PAYMENT_DATE.messageKey()));
            return null;
        }
        if (amount == null) {
            v.error(amountField, "import.plan.missing", Messages.get(ImportField.PAYMENT_AMOUNT.messageKey()));
            return null;
        }
        String contractNo = v.get(ImportField.CONTRACT_NO);
        String orderNo = v.get(ImportField.ORDER_NO);
        LedgerIndex.ContractEntry ce = contractNo != null ? index.contract(contractNo)
                : orderNo != null ? index.contract(orderNo) : null;
        LedgerIndex.OrderEntry oe = null;
        if (ce != null) {
            if (orderNo != null && contractNo != null) {
                oe = ce.orders.get(TextNormalizer.key(orderNo));
            } else if (ce.orders.size() == 1) {
                oe = ce.orders.values().iterator().next();
            }
            if (oe == null) {
                v.warn(ImportField.ORDER_NO, "import.plan.orderNotFound", orderNo == null ? contractNo : orderNo);
            }
        } else if (contractNo != null || orderNo != null) {
            v.warn(ImportField.CONTRACT_NO, "import.plan.contractNotFound", contractNo != null ? contractNo : orderNo);
        }
        String name = v.get(ImportField.CUSTOMER_NAME);
        if (name == null) {
            name = v.get(ImportField.CUSTOMER_ALIAS);
        }
        RowPlan p = new RowPlan();
        Ref customer;
        if (ce != null) {
            customer = ce.customer;
        } else if (name != null) {
            customer = customers.resolve(name, v, p);
        } else {
            v.error(ImportField.CUSTOMER_NAME, "import.plan.missing", Messages.get(ImportField.CUSTOMER_NAME.messageKey()));
            return null;
        }
        List<LedgerIndex.PaymentKey> existing = oe != null ? oe.payments() : index.unallocated(customer);
        LedgerIndex.PaymentKey key = new LedgerIndex.PaymentKey(date, amount);
        if (!existing.contains(key)) {
            p.create(new Op.CreatePayment(oe == null ? null : oe.ref, customer, date, amount,
                    RowPlan.mergeNotes(null, v.leftovers)));
            existing.add(key);
        }
        return p;
    }
}
