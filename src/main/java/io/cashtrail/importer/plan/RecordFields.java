package io.cashtrail.importer.plan;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.InvoiceKind;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Shipment;
import java.time.LocalDate;

/**
 * Like {@link FieldCodec} for the records the invoice, shipment and customer imports change:
 * fields by name and as text, so a change is planned, applied, logged and undone the same way.
 * Invoice: issuedDate, amount, taxAmount, kind; shipment: shippedDate, deliveredDate, carrier,
 * description, amount, notes; customer: aliases, taxId, contactPerson, contactPhone, address,
 * invoiceCutoffDay, paymentTerms, paymentRule, notes.
 */
final class RecordFields {
    private RecordFields() {
    }

    static String get(Invoice i, String field) {
        return switch (field) {
            case "issuedDate" -> FieldCodec.text(i.issuedDate());
            case "amount" -> FieldCodec.text(i.amount());
            case "taxAmount" -> FieldCodec.text(i.taxAmount());
            case "kind" -> i.kind() == null ? null : i.kind().name();
            case "notes" -> i.notes();
            default -> throw new IllegalArgumentException("invoice field " + field);
        };
    }

    static Invoice set(Invoice i, String field, String v) {
        return new Invoice(i.id(), i.orderId(), i.invoiceNo(),
                field.equals("kind") ? (v == null ? InvoiceKind.VAT_SPECIAL : InvoiceKind.valueOf(v)) : i.kind(),
                field.equals("issuedDate") ? date(v) : i.issuedDate(), i.submittedDate(),
                field.equals("amount") ? Money.of(v) : i.amount(),
                field.equals("taxAmount") ? money(v) : i.taxAmount(),
                field.equals("notes") ? v : i.notes(), i.version());
    }

    static String get(Shipment s, String field) {
        return switch (field) {
            case "shippedDate" -> FieldCodec.text(s.shippedDate());
            case "deliveredDate" -> FieldCodec.text(s.deliveredDate());
            case "carrier" -> s.carrier();
            case "description" -> s.description();
            case "amount" -> FieldCodec.text(s.amount());
            case "notes" -> s.notes();
            default -> throw new IllegalArgumentException("shipment field " + field);
        };
    }

    static Shipment set(Shipment s, String field, String v) {
        return new Shipment(s.id(), s.orderId(),
                field.equals("shippedDate") ? date(v) : s.shippedDate(),
                field.equals("deliveredDate") ? date(v) : s.deliveredDate(), s.trackingNo(),
                field.equals("carrier") ? v : s.carrier(),
                field.equals("description") ? v : s.description(),
                field.equals("amount") ? money(v) : s.amount(),
                field.equals("notes") ? v : s.notes(), s.version());
    }

    static String get(Customer c, String field) {
        return switch (field) {
            case "aliases" -> c.aliases();
            case "taxId" -> c.taxId();
            case "contactPerson" -> c.contactPerson();
            case "contactPhone" -> c.contactPhone();
            case "address" -> c.address();
            case "invoiceCutoffDay" -> FieldCodec.text(c.invoiceCutoffDay());
            case "paymentTerms" -> c.paymentTerms();
            case "paymentRule" -> PaymentRuleText.encode(c.paymentRule());
            case "notes" -> c.notes();
            default -> throw new IllegalArgumentException("customer field " + field);
        };
    }

    static Customer set(Customer c, String field, String v) {
        Customer out = new Customer(c.id(), c.name(),
                field.equals("aliases") ? v : c.aliases(),
                field.equals("taxId") ? v : c.taxId(),
                field.equals("contactPerson") ? v : c.contactPerson(),
                field.equals("contactPhone") ? v : c.contactPhone(),
                field.equals("address") ? v : c.address(),
                field.equals("invoiceCutoffDay") ? (v == null ? null : Integer.valueOf(v)) : c.invoiceCutoffDay(),
                field.equals("paymentTerms") ? v : c.paymentTerms(),
                field.equals("notes") ? v : c.notes(), c.version(), c.createdAt(), c.updatedAt(), c.paymentRule());
        return field.equals("paymentRule") ? out.withPaymentRule(PaymentRuleText.decode(v)) : out;
    }

    private static LocalDate date(String v) {
        return v == null ? null : LocalDate.parse(v);
    }

    private static java.math.BigDecimal money(String v) {
        return v == null ? null : Money.of(v);
    }
}
