package io.cashtrail.ui.customers;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.OrderSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One contract line in the customer detail, with its number of orders counted once. */
record ContractRow(Contract contract, int orders) {

    long id() {
        return contract.id();
    }

    String contractNo() {
        return contract.contractNo();
    }

    String title() {
        return contract.title();
    }

    LocalDate signedDate() {
        return contract.signedDate();
    }

    BigDecimal amount() {
        return contract.amount();
    }

    String owner() {
        return contract.owner();
    }

    static List<ContractRow> of(List<Contract> contracts, List<OrderSummary> orders) {
        Map<Long, Integer> count = new HashMap<>();
        orders.forEach(o -> count.merge(o.contractId(), 1, Integer::sum));
        return contracts.stream().map(c -> new ContractRow(c, count.getOrDefault(c.id(), 0))).toList();
    }
}
