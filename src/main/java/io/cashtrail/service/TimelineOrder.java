package io.cashtrail.service;

import io.cashtrail.domain.StageDates;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the timeline: the order, its stage dates, its baseline (first planned dates, as the
 * planned dates of {@code baseline}), its customer's invoice cut-off day and its installments.
 */
public record TimelineOrder(
        long orderId,
        long contractId,
        long customerId,
        String orderNo,
        String contractNo,
        String customerName,
        String owner,
        BigDecimal amount,
        BigDecimal outstanding,
        Integer invoiceCutoffDay,
        StageDates stages,
        StageDates baseline,
        List<TimelineInstallment> installments) {
}
