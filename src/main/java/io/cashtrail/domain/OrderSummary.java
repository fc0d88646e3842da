package io.cashtrail.domain;

import java.math.BigDecimal;

/** An order with what the orders list needs from its contract, customer and payments. */
public record OrderSummary(
        long orderId,
        long contractId,
        long customerId,
        String contractNo,
        String orderNo,
        String customerName,
        String owner,
        BigDecimal amount,
        BigDecimal received,
        StageDates stages) {

    public BigDecimal outstanding() {
        return amount.subtract(received);
    }
}
