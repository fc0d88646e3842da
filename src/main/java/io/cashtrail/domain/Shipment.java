package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A (possibly partial) shipment of an order, with the customer's sign-off date once delivered. */
public record Shipment(
        long id,
        long orderId,
        LocalDate shippedDate,
        LocalDate deliveredDate,
        String trackingNo,
        String carrier,
        String description,
        BigDecimal amount,
        String notes,
        int version) {

    public static Shipment of(long orderId, LocalDate shipped, String trackingNo) {
        return new Shipment(0, orderId, shipped, null, trackingNo, null, null, null, null, 0);
    }
}
