package io.cashtrail.importer.plan;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ColumnMapping;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.TextNormalizer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans one row of a contract/order ledger (合同台账): the customer (matched or new), the contract
 * (matched by number or new), the order (order no., or contract no. + "-01" when the sheet has no
 * order column) with amounts and actual stage dates, the received instalments (回款N/回款日期N) as
 * payments, and every other cell as a "header: value" line in the order's notes.
 */
final class LedgerRows {
    static final Set<ImportField> USED = EnumSet.of(ImportField.CUSTOMER_NAME, ImportField.CUSTOMER_ALIAS,
            ImportField.CONTRACT_NO, ImportField.ORDER_NO, ImportField.CONTRACT_TITLE, ImportField.SIGNED_DATE,
            ImportField.AMOUNT, ImportField.TAX_RATE, ImportField.OWNER, ImportField.PAYMENT_TERMS,
            ImportField.PLANNED_SHIP_DATE, ImportField.SHIPPED_DATE, ImportField.DELIVERED_DATE,
            ImportField.ACCEPTED_DATE, ImportField.PRODUCTION_START, ImportField.PRODUCTION_FINISH,
            ImportField.INVOICE_DATE, ImportField.PAYMENT_DATE, ImportField.PAYMENT_AMOUNT, ImportField.DUE_AMOUNT,
            ImportField.PAYMENT_DUE_DATE, ImportField.RECEIVED_TOTAL, ImportField.OUTSTANDING);

    /** Sheet fields that are actual dates of order stages. */
    private static final Map<ImportField, Stage> ACTUALS = Map.of(ImportField.SIGNED_DATE, Stage.CONTRACT_SIGNED,
            ImportField.PRODUCTION_START, Stage.PRODUCTION_START, ImportField.PRODUCTION_FINISH, Stage.PRODUCTION_FINISH,
            ImportField.SHIPPED_DATE, Stage.SHIPPED, ImportField.DELIVERED_DATE, Stage.DELIVERED,
            ImportField.ACCEPTED_DATE, Stage.ACCEPTED, ImportField.INVOICE_DATE, Stage.INVOICED);

    private final LedgerIndex index;
    private final Customers customers;
    private final LedgerReceivables receivables;

    LedgerRows(LedgerIndex index, RecordIndex records) {
        this.index = index;
        this.customers = new Customers(index);
        this.receivables = new LedgerReceivables(records, LocalDate.now());
    }

    /** The plan of a row without parse errors, or null (with an error added) when it cannot be imported. */
    RowPlan plan(RowValues v, ColumnMapping mapping) {
        String contractNo = v.get(ImportField.CONTRACT_NO);
        if (contractNo == null) {
            contractNo = v.get(ImportField.ORDER_NO);
        }
        if (contractNo == null) {
            v.error(ImportField.CONTRACT_NO, "import.plan.missing", Messages.get(ImportField.CONTRACT_NO.messageKey()));
            return null;
        }
        boolean orderColumn = mapping.has(ImportField.ORDER_NO) && mapping.has(ImportField.CONTRACT_NO);
        String orderNo = v.get(ImportField.ORDER_NO) != null ? v.<String>get(ImportField.ORDER_NO) : contractNo + "-01";
        String customerName = v.get(ImportField.CUSTOMER_NAME);
        if (customerName == null) {
            customerName = v.get(ImportField.CUSTOMER_ALIAS);
        }
        BigDecimal amount = v.get(ImportField.AMOUNT);
        RowPlan p = new RowPlan();
        LedgerIndex.ContractEntry ce = index.contract(contractNo);
        boolean newOrder = ce == null || ce.orders.get(TextNormalizer.key(orderNo)) == null;
        if (newOrder && amount == null) {
            v.error(ImportField.AMOUNT, "import.plan.missing", Messages.get(ImportField.AMOUNT.messageKey()));
            return null;
        }
        if (ce == null) {
            if (customerName == null) {
                v.error(ImportField.CUSTOMER_NAME, "import.plan.missing",
                        Messages.get(ImportField.CUSTOMER_NAME.messageKey()));
                return null;
            }
            Ref customer = customers.resolve(customerName, v, p);
            Contract draft = new Contract(0, contractNo, 0, v.get(ImportField.CONTRACT_TITLE),
                    v.get(ImportField.SIGNED_DATE), orderColumn ? Money.ZERO : amount, v.get(ImportField.TAX_RATE),
                    v.get(ImportField.OWNER), v.get(ImportField.PAYMENT_TERMS), null, 0, null, null);
            Op.CreateContract op = new Op.CreateContract(customer, draft);
            p.create(op);
            ce = new LedgerIndex.ContractEntry(op.self, customer, draft);
            ce.created = true;
            index.addContract(ce);
        } else {
            if (customerName != null) {
                LedgerIndex.CustomerEntry named = index.customer(customerName);
                if (named == null || named.ref() != ce.customer) {
                    v.warn(ImportField.CUSTOMER_NAME, "import.plan.otherCustomer", customerName, contractNo);
                }
            }
            updateContract(ce, v, p, orderColumn ? null : amount);
        }
        LedgerIndex.OrderEntry oe = ce.orders.get(TextNormalizer.key(orderNo));
        if (oe == null) {
            Order draft = new Order(0, 0, orderNo, null, Money.normalize(amount), v.get(ImportField.OWNER),
                    stages(StageDates.NONE, v), RowPlan.mergeNotes(null, v.leftovers), 0, null, null);
            Op.CreateOrder op = new Op.CreateOrder(ce.ref, draft);
            p.create(op);
            if (orderColumn && ce.ref.creator instanceof Op.CreateContract cc) {
                cc.draft = cc.draft.withAmount(cc.draft.amount().add(draft.amount()));
                ce.state(cc.draft);
                if (cc.self.id != 0) {
                    // written already by an earlier chunk of a streaming import: bring its amount up to date
                    p.ops.add(new Op.SetField("contract", ce.ref, "amount", FieldCodec.text(cc.draft.amount())));
                }
            } else if (orderColumn && ce.created) {
                // created by this import, written and compacted since: its amount is the sum of its orders
                Contract c = ce.state();
                ce.state(c.withAmount(c.amount().add(draft.amount())));
                p.ops.add(new Op.SetField("contract", ce.ref, "amount", FieldCodec.text(ce.state().amount())));
            }
            oe = new LedgerIndex.OrderEntry(op.self, draft);
            index.addOrder(ce, orderNo, oe);
        } else {
            updateOrder(oe, v, p, amount);
        }
        payments(oe, ce.customer, v, p);
        receivables.plan(oe, ce.customer, v, p);
        return p;
    }

    private void updateContract(LedgerIndex.ContractEntry ce, RowValues v, RowPlan p, BigDecimal amount) {
        Contract c = ce.state();
        c = change(p, ce.ref, c, "title", ImportField.CONTRACT_TITLE, v.get(ImportField.CONTRACT_TITLE));
        c = change(p, ce.ref, c, "signedDate", ImportField.SIGNED_DATE, FieldCodec.text(v.get(ImportField.SIGNED_DATE)));
        c = change(p, ce.ref, c, "amount", ImportField.AMOUNT, FieldCodec.text(Money.normalize(amount)));
        c = change(p, ce.ref, c, "taxRate", ImportField.TAX_RATE, FieldCodec.text(v.get(ImportField.TAX_RATE)));
        c = change(p, ce.ref, c, "owner", ImportField.OWNER, v.get(ImportField.OWNER));
        c = change(p, ce.ref, c, "paymentTerms", ImportField.PAYMENT_TERMS, v.get(ImportField.PAYMENT_TERMS));
        ce.state(c);
    }

    private static Contract change(RowPlan p, Ref ref, Contract c, String field, ImportField from, String value) {
        String old = FieldCodec.get(c, field);
        if (value == null || same(old, value, field.equals("amount") || field.equals("taxRate"))) {
            return c;
        }
        p.set("contract", ref, Messages.get(from.messageKey()), field, old, value);
        return FieldCodec.set(c, field, value);
    }

    /** Lays the row's amount, owner, stage dates and notes over an order; only differing values change. */
    static void updateOrder(LedgerIndex.OrderEntry oe, RowValues v, RowPlan p, BigDecimal amount) {
        Order target = oe.state().withStages(stages(oe.state().stages(), v));
        if (amount != null) {
            target = target.withAmount(Money.normalize(amount));
        }
        if (v.get(ImportField.OWNER) != null) {
            target = target.withOwner(v.get(ImportField.OWNER));
        }
        target = target.withNotes(RowPlan.mergeNotes(oe.state().notes(), v.leftovers));
        List<String> fields = new ArrayList<>(List.of("amount", "owner", "notes"));
        for (Stage s : Stage.values()) {
            fields.add(FieldCodec.stageField(s, false));
            fields.add(FieldCodec.stageField(s, true));
        }
        for (String f : fields) {
            String old = FieldCodec.get(oe.state(), f);
            String now = FieldCodec.get(target, f);
            if (now != null && !same(old, now, f.equals("amount"))) {
                p.set("order", oe.ref, label(f), f, old, now);
            }
        }
        oe.state(target);
    }

    private static String label(String field) {
        return switch (field) {
            case "amount" -> Messages.get("import.field.amount");
            case "owner" -> Messages.get("import.field.owner");
            case "notes" -> Messages.get("import.field.notes");
            default -> field.startsWith("actual_") ? Messages.get("stage." + field.substring(7)) + " ("
                    + Messages.get("stage.actual") + ")" : field.startsWith("planned_") ? Messages.get("stage."
                    + field.substring(8)) + " (" + Messages.get("stage.planned") + ")" : field;
        };
    }

    private static boolean same(String old, String now, boolean numeric) {
        if (numeric && old != null && now != null) {
            return new BigDecimal(old).compareTo(new BigDecimal(now)) == 0;
        }
        return Objects.equals(old, now);
    }

    /** The stage dates with the row's actual (and planned shipping) dates laid over them; blanks keep what is there. */
    private static StageDates stages(StageDates base, RowValues v) {
        StageDates s = base;
        for (Map.Entry<ImportField, Stage> e : ACTUALS.entrySet()) {
            LocalDate d = v.get(e.getKey());
            if (d != null) {
                s = s.withActual(e.getValue(), d);
            }
        }
        LocalDate plannedShip = v.get(ImportField.PLANNED_SHIP_DATE);
        return plannedShip == null ? s : s.withPlanned(Stage.SHIPPED, plannedShip);
    }

    /** Instalments received (回款N + 回款日期N, or one 回款日期/回款金额 pair) become payments unless already there. */
    private void payments(LedgerIndex.OrderEntry oe, Ref customer, RowValues v, RowPlan p) {
        List<Map<ImportField, Object>> pairs = new ArrayList<>(v.groups.values());
        pairs.add(0, Map.of());
        List<LedgerIndex.PaymentKey> available = new ArrayList<>(oe.payments());
        for (int i = 0; i < pairs.size(); i++) {
            Map<ImportField, Object> g = pairs.get(i);
            LocalDate date = (LocalDate) (i == 0 ? v.values.get(ImportField.PAYMENT_DATE) : g.get(ImportField.PAYMENT_DATE));
            BigDecimal amount = (BigDecimal) (i == 0 ? v.values.get(ImportField.PAYMENT_AMOUNT)
                    : g.get(ImportField.PAYMENT_AMOUNT));
            if (amount == null || amount.signum() == 0) {
                continue;
            }
            if (date == null) {
                v.warn(ImportField.PAYMENT_AMOUNT, "import.plan.paymentWithoutDate", amount.toPlainString());
                continue;
            }
            LedgerIndex.PaymentKey key = new LedgerIndex.PaymentKey(date, amount);
            if (!available.remove(key)) {
                p.create(new Op.CreatePayment(oe.ref, customer, date, amount, null));
                oe.payments().add(key);
            }
        }
    }
}
