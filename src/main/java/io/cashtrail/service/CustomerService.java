package io.cashtrail.service;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Validation;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.store.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Use cases for customers and contracts: list, overview with totals, save validated, delete. */
public final class CustomerService {
    private final Database db;
    private final Clock clock;

    public CustomerService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Customer> all() {
        return db.customers().all();
    }

    public Customer find(long id) {
        return db.customers().find(id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    public CustomerOverview overview(long customerId) {
        Customer c = find(customerId);
        List<Contract> contracts = db.contracts().forCustomer(customerId);
        List<OrderSummary> orders = db.orders().summariesForCustomer(customerId);
        BigDecimal contractTotal = contracts.stream().map(Contract::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal orderTotal = orders.stream().map(OrderSummary::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal received = orders.stream().map(OrderSummary::received).reduce(Money.ZERO, BigDecimal::add);
        return new CustomerOverview(c, contracts, orders, contractTotal, orderTotal, received,
                orderTotal.subtract(received), new CollectionsService(db).learnedDelay(customerId,
                        LocalDate.now(clock)).orElse(null));
    }

    public ValidationResult validate(Customer c) {
        return Validation.customer(c);
    }

    public Customer save(Customer c) {
        ValidationResult r = validate(c);
        if (!r.isValid()) {
            throw new ValidationException(r);
        }
        return c.id() == 0 ? db.customers().insert(c) : db.customers().update(c);
    }

    public void delete(long customerId, boolean withDependents) {
        db.customers().delete(customerId, withDependents);
    }

    public List<Contract> contracts() {
        return db.contracts().all();
    }

    public Contract contract(long id) {
        return db.contracts().find(id).orElseThrow(() -> new NotFoundException("contract", id));
    }

    public ValidationResult validate(Contract c) {
        return Validation.contract(c, LocalDate.now(clock));
    }

    public Contract save(Contract c) {
        ValidationResult r = validate(c);
        if (!r.isValid()) {
            throw new ValidationException(r);
        }
        return c.id() == 0 ? db.contracts().insert(c) : db.contracts().update(c);
    }

    public int orderCount(long contractId) {
        return db.orders().forContract(contractId).size();
    }

    public void deleteContract(long contractId, boolean withOrders) {
        db.contracts().delete(contractId, withOrders);
    }

    /** Dependents that block deleting a customer: contracts and payments. */
    public Map<String, Integer> dependents(long customerId) {
        int contracts = db.contracts().forCustomer(customerId).size();
        int payments = db.payments().forCustomer(customerId).size();
        return Map.of("contract", contracts, "payment", payments);
    }
}
