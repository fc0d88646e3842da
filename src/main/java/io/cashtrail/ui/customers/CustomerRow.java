package io.cashtrail.ui.customers;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.service.SearchService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the customer list with everything it shows precomputed (counts, outstanding, the
 * normalized text the filter matches), so filtering and sorting never touch the database.
 */
record CustomerRow(
        Customer customer,
        int contracts,
        int orders,
        BigDecimal outstanding,
        String searchText) {

    long id() {
        return customer.id();
    }

    String name() {
        return customer.name();
    }

    String contactPerson() {
        return customer.contactPerson();
    }

    String contactPhone() {
        return customer.contactPhone();
    }

    Integer cutoffDay() {
        return customer.invoiceCutoffDay();
    }

    /** True when the normalized query (see {@link SearchService#normalize}) is part of name, aliases or contact. */
    boolean matches(String normalizedQuery) {
        return normalizedQuery.isEmpty() || searchText.contains(normalizedQuery);
    }

    /** Builds the rows from all customers, contracts and order summaries (three reads, grouped here). */
    static List<CustomerRow> of(List<Customer> customers, List<Contract> contracts, List<OrderSummary> orders) {
        Map<Long, Integer> contractCount = new HashMap<>();
        contracts.forEach(c -> contractCount.merge(c.customerId(), 1, Integer::sum));
        Map<Long, Integer> orderCount = new HashMap<>();
        Map<Long, BigDecimal> outstanding = new HashMap<>();
        for (OrderSummary o : orders) {
            orderCount.merge(o.customerId(), 1, Integer::sum);
            outstanding.merge(o.customerId(), o.outstanding(), BigDecimal::add);
        }
        List<CustomerRow> rows = new ArrayList<>(customers.size());
        for (Customer c : customers) {
            String search = SearchService.normalize(c.name()) + "\n" + SearchService.normalize(c.aliases()) + "\n"
                    + SearchService.normalize(c.contactPerson());
            rows.add(new CustomerRow(c, contractCount.getOrDefault(c.id(), 0), orderCount.getOrDefault(c.id(), 0),
                    Money.orZero(outstanding.get(c.id())), search));
        }
        return rows;
    }
}
