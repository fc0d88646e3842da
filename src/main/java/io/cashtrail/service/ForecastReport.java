package io.cashtrail.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The cash forecast: per group (customer or salesperson), what is already overdue, what is expected
 * in each of the coming months, and what falls after the horizon.
 */
public record ForecastReport(List<YearMonth> months, List<Row> rows, Row total) {
    /** One group's figures; {@code perMonth} is aligned with {@link #months()}. */
    public record Row(String group, BigDecimal overdue, List<BigDecimal> perMonth, BigDecimal later) {
        public BigDecimal total() {
            return perMonth.stream().reduce(overdue.add(later), BigDecimal::add);
        }
    }

    /** How rows are grouped. */
    public enum GroupBy { CUSTOMER, OWNER }
}
