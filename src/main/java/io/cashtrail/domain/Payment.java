package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money received (回款) from a customer, usually for one order. */
public record Payment(
        long id,
        Long orderId,
        long customerId,
        LocalDate receivedDate,
        BigDecimal amount,
        PaymentMethod method,
        String reference,
        String notes,
        int version,
        LocalDate maturityDate) {

    /** A payment without a bill maturity date (anything but an acceptance bill). */
    public Payment(long id, Long orderId, long customerId, LocalDate receivedDate, BigDecimal amount,
            PaymentMethod method, String reference, String notes, int version) {
        this(id, orderId, customerId, receivedDate, amount, method, reference, notes, version, null);
    }

    public static Payment of(long orderId, long customerId, LocalDate received, BigDecimal amount) {
        return new Payment(0, orderId, customerId, received, Money.normalize(amount), PaymentMethod.BANK_TRANSFER, null,
                null, 0);
    }
}
