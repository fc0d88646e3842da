package io.cashtrail.service;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.OrderSummary;
import java.math.BigDecimal;
import java.util.List;

/** A customer with its contracts, orders and totals, and its learned payment delay (or null). */
public record CustomerOverview(
        Customer customer,
        List<Contract> contracts,
        List<OrderSummary> orders,
        BigDecimal contractTotal,
        BigDecimal orderTotal,
        BigDecimal received,
        BigDecimal outstanding,
        CollectionsService.LearnedDelay learnedDelay) {
}
