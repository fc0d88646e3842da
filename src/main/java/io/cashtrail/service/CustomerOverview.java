package io.cashtrail.service;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.OrderSummary;
import java.math.BigDecimal;
import java.util.List;

/** A customer with its contracts, orders and totals, for the customer detail. */
public record CustomerOverview(
        Customer customer,
        List<Contract> contracts,
        List<OrderSummary> orders,
        BigDecimal contractTotal,
        BigDecimal orderTotal,
        BigDecimal received,
        BigDecimal outstanding) {
}
