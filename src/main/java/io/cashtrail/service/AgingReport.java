package io.cashtrail.service;

import io.cashtrail.domain.AgingBucket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Aging as of a date: bucket totals overall and per group (customer or salesperson), each adding up
 * to its outstanding total to the cent.
 */
public record AgingReport(LocalDate asOf, Basis basis, List<AgingBucket> buckets, Map<AgingBucket, BigDecimal> totals,
        BigDecimal total, Map<String, Map<AgingBucket, BigDecimal>> byGroup) {
    /** What an amount is aged from. */
    public enum Basis { DUE, INVOICE }
}
