package io.cashtrail.domain;

import java.time.LocalDateTime;

/**
 * A buyer. The invoice cut-off day (1..31, null for none) is the last day of a month on which the
 * customer still accepts invoices; aliases are other spellings of the name found in legacy sheets.
 */
public record Customer(
        long id,
        String name,
        String aliases,
        String taxId,
        String contactPerson,
        String contactPhone,
        String address,
        Integer invoiceCutoffDay,
        String paymentTerms,
        String notes,
        int version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        PaymentRule paymentRule) {

    /** A customer without a structured payment rule. */
    public Customer(long id, String name, String aliases, String taxId, String contactPerson, String contactPhone,
            String address, Integer invoiceCutoffDay, String paymentTerms, String notes, int version,
            LocalDateTime createdAt, LocalDateTime updatedAt) {
        this(id, name, aliases, taxId, contactPerson, contactPhone, address, invoiceCutoffDay, paymentTerms, notes,
                version, createdAt, updatedAt, null);
    }

    public Customer withPaymentRule(PaymentRule rule) {
        return new Customer(id, name, aliases, taxId, contactPerson, contactPhone, address, invoiceCutoffDay,
                paymentTerms, notes, version, createdAt, updatedAt, rule);
    }

    public static Customer named(String name) {
        return new Customer(0, name, null, null, null, null, null, null, null, null, 0, null, null);
    }

    public Customer withName(String n) {
        return new Customer(id, n, aliases, taxId, contactPerson, contactPhone, address, invoiceCutoffDay,
                paymentTerms, notes, version, createdAt, updatedAt, paymentRule);
    }

    public Customer withInvoiceCutoffDay(Integer day) {
        return new Customer(id, name, aliases, taxId, contactPerson, contactPhone, address, day,
                paymentTerms, notes, version, createdAt, updatedAt, paymentRule);
    }

    public Customer withNotes(String n) {
        return new Customer(id, name, aliases, taxId, contactPerson, contactPhone, address, invoiceCutoffDay,
                paymentTerms, n, version, createdAt, updatedAt, paymentRule);
    }
}
