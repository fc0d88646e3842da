package io.cashtrail.importer.plan;

import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.InvoiceKind;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.TextNormalizer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Plans one row of an invoice register (开票台账): one invoice per row, on the existing order the
 * row names (see {@link OrderLookup}); a red-letter invoice (红字/红冲, or a negative amount) is a
 * credit note with a negative amount. The invoice number identifies the invoice: an invoice already
 * recorded is unchanged, or updated where the sheet differs (an empty cell changes nothing). The
 * first invoice of an order also gives the order's actual "invoiced" date when it has none. Cells no
 * field takes (the customer too: the order already has one) go into the invoice's notes.
 */
final class InvoiceRows {
    static final Set<ImportField> USED = EnumSet.of(ImportField.INVOICE_NO, ImportField.INVOICE_DATE,
            ImportField.INVOICE_AMOUNT, ImportField.AMOUNT, ImportField.TAX_AMOUNT, ImportField.INVOICE_KIND,
            ImportField.CONTRACT_NO, ImportField.ORDER_NO);

    private final RecordIndex records;
    private final OrderLookup orders;

    InvoiceRows(LedgerIndex index, RecordIndex records) {
        this.records = records;
        this.orders = new OrderLookup(index);
    }

    RowPlan plan(RowValues v) {
        String invoiceNo = v.get(ImportField.INVOICE_NO);
        if (invoiceNo == null) {
            v.error(ImportField.INVOICE_NO, "import.plan.missing", Messages.get(ImportField.INVOICE_NO.messageKey()));
            return null;
        }
        BigDecimal tax = v.get(ImportField.TAX_AMOUNT);
        BigDecimal amount = v.get(ImportField.INVOICE_AMOUNT);
        if (amount == null && v.get(ImportField.AMOUNT) != null) {
            BigDecimal net = v.get(ImportField.AMOUNT);
            amount = tax == null ? net : net.add(tax);
        }
        if (amount == null) {
            v.error(ImportField.INVOICE_AMOUNT, "import.plan.missing",
                    Messages.get(ImportField.INVOICE_AMOUNT.messageKey()));
            return null;
        }
        InvoiceKind kind = kind(v.get(ImportField.INVOICE_KIND));
        if (amount.signum() < 0 || kind == InvoiceKind.CREDIT_NOTE) {
            kind = InvoiceKind.CREDIT_NOTE;
            amount = amount.abs().negate();
            tax = tax == null ? null : tax.abs().negate();
        }
        LocalDate date = v.get(ImportField.INVOICE_DATE);
        RowPlan p = new RowPlan();
        RecordIndex.Entry<Invoice> known = records.invoice(invoiceNo);
        if (known != null) {
            update(known, v, p, date, Money.normalize(amount), Money.normalize(tax), kind);
            return p;
        }
        LedgerIndex.OrderEntry oe = orders.find(v);
        if (oe == null) {
            return null;
        }
        if (date == null) {
            v.warn(ImportField.INVOICE_DATE, "importkinds.invoice.noDate", invoiceNo);
        }
        Invoice draft = new Invoice(0, 0, TextNormalizer.clean(invoiceNo), kind, date, null, Money.normalize(amount),
                Money.normalize(tax), RowPlan.mergeNotes(null, v.leftovers), 0);
        KindOps.CreateOnOrder<Invoice> op = KindOps.createInvoice(oe.ref, draft);
        p.create(op);
        records.addInvoice(new RecordIndex.Entry<>(op.self, draft));
        String invoiced = FieldCodec.stageField(Stage.INVOICED, true);
        if (date != null && kind != InvoiceKind.CREDIT_NOTE && FieldCodec.get(oe.state(), invoiced) == null) {
            p.set("order", oe.ref, Messages.get(ImportField.INVOICE_DATE.messageKey()), invoiced, null,
                    FieldCodec.text(date));
            oe.state(FieldCodec.set(oe.state(), invoiced, FieldCodec.text(date)));
        }
        return p;
    }

    /** An invoice already recorded (or met earlier in this file): only the values that differ change. */
    private void update(RecordIndex.Entry<Invoice> e, RowValues v, RowPlan p, LocalDate date, BigDecimal amount,
            BigDecimal tax, InvoiceKind kind) {
        Invoice target = e.state;
        if (date != null) {
            target = RecordFields.set(target, "issuedDate", FieldCodec.text(date));
        }
        target = RecordFields.set(target, "amount", FieldCodec.text(amount));
        if (tax != null) {
            target = RecordFields.set(target, "taxAmount", FieldCodec.text(tax));
        }
        if (v.get(ImportField.INVOICE_KIND) != null || kind == InvoiceKind.CREDIT_NOTE) {
            target = RecordFields.set(target, "kind", kind.name());
        }
        target = RecordFields.set(target, "notes", RowPlan.mergeNotes(e.state.notes(), v.leftovers));
        boolean changed = false;
        for (String f : new String[] {"issuedDate", "amount", "taxAmount", "kind", "notes"}) {
            String old = RecordFields.get(e.state, f);
            String now = RecordFields.get(target, f);
            if (now != null && !same(old, now, f.equals("amount") || f.equals("taxAmount"))) {
                changed = true;
                if (!e.ref.isNew()) {
                    KindOps.set(p, "invoice", e.ref, label(f), f, old, now);
                }
            }
        }
        if (changed && e.ref.isNew()) {
            v.error(ImportField.INVOICE_NO, "importkinds.invoice.twice", e.state.invoiceNo());
            return;
        }
        e.state = target;
    }

    /** 专票/普票/电子/红字 (and English) as an invoice kind; an ordinary VAT special invoice when unsure. */
    static InvoiceKind kind(String text) {
        if (text == null) {
            return InvoiceKind.VAT_SPECIAL;
        }
        String t = TextNormalizer.fold(text).toLowerCase(Locale.ROOT);
        if (t.contains("红") || t.contains("负数") || t.contains("credit")) {
            return InvoiceKind.CREDIT_NOTE;
        }
        if (t.contains("电子") || t.contains("数电") || t.contains("全电") || t.contains("electronic")) {
            return InvoiceKind.ELECTRONIC;
        }
        if (t.contains("普") || t.contains("ordinary") || t.contains("general")) {
            return InvoiceKind.VAT_ORDINARY;
        }
        return InvoiceKind.VAT_SPECIAL;
    }

    private static String label(String field) {
        return Messages.get(switch (field) {
            case "issuedDate" -> ImportField.INVOICE_DATE.messageKey();
            case "amount" -> ImportField.INVOICE_AMOUNT.messageKey();
            case "taxAmount" -> ImportField.TAX_AMOUNT.messageKey();
            case "kind" -> ImportField.INVOICE_KIND.messageKey();
            default -> "import.field.notes";
        });
    }

    static boolean same(String old, String now, boolean numeric) {
        if (numeric && old != null && now != null) {
            return new BigDecimal(old).compareTo(new BigDecimal(now)) == 0;
        }
        return java.util.Objects.equals(old, now);
    }
}
