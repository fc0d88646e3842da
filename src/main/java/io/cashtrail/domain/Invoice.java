package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice issued for an order; submitted is the date it reached the customer. Amount includes tax. */
public record Invoice(
        long id,
        long orderId,
        String invoiceNo,
        InvoiceKind kind,
        LocalDate issuedDate,
        LocalDate submittedDate,
        BigDecimal amount,
        BigDecimal taxAmount,
        String notes,
        int version) {

    public static Invoice of(long orderId, String invoiceNo, LocalDate issued, BigDecimal amount) {
        return new Invoice(0, orderId, invoiceNo, InvoiceKind.VAT_SPECIAL, issued, null, Money.normalize(amount), null,
                null, 0);
    }
}
