package io.cashtrail.service;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.domain.OrderSummary;
import java.math.BigDecimal;

/** One installment as a receivable on a date: what was allocated to it, what is open, its status. */
public record ReceivableLine(OrderSummary order, Installment installment, BigDecimal allocated,
        BigDecimal outstanding, InstallmentStatus status, boolean triggered) {
}
