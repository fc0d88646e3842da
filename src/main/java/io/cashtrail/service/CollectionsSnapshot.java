package io.cashtrail.service;

import io.cashtrail.domain.Allocation;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Payment;
import io.cashtrail.store.CollectionsStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the collections figures are computed from, read once (off the FX thread) and then
 * used for any as-of date: orders, customers, installments, payments, invoices, manual allocations
 * and action states, indexed by customer and order.
 */
public final class CollectionsSnapshot {
    final Map<Long, OrderSummary> orders = new HashMap<>();
    final Map<Long, Customer> customers = new HashMap<>();
    final Map<Long, List<Installment>> installmentsByCustomer = new HashMap<>();
    final Map<Long, List<Payment>> paymentsByCustomer = new HashMap<>();
    final Map<Long, List<Invoice>> invoicesByOrder = new HashMap<>();
    final Map<Long, List<Allocation.Manual>> manualByCustomer = new HashMap<>();
    final Map<String, CollectionsStore.ActionState> actionStates;
    private List<io.cashtrail.domain.AgingBucket> agingBuckets = io.cashtrail.domain.Aging.defaultBuckets();
    private final Map<LocalDate, Map<Long, Allocation.Result>> allocations = new HashMap<>();

    CollectionsSnapshot(List<OrderSummary> orderList, List<Customer> customerList, List<Installment> installments,
            List<Payment> payments, List<Invoice> invoices, List<Allocation.Manual> manual,
            Map<String, CollectionsStore.ActionState> actionStates) {
        orderList.forEach(o -> orders.put(o.orderId(), o));
        customerList.forEach(c -> customers.put(c.id(), c));
        Map<Long, Long> customerOfPayment = new HashMap<>();
        for (Installment i : installments) {
            OrderSummary o = orders.get(i.orderId());
            if (o != null) {
                installmentsByCustomer.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Payment p : payments) {
            paymentsByCustomer.computeIfAbsent(p.customerId(), k -> new ArrayList<>()).add(p);
            customerOfPayment.put(p.id(), p.customerId());
        }
        invoices.forEach(i -> invoicesByOrder.computeIfAbsent(i.orderId(), k -> new ArrayList<>()).add(i));
        for (Allocation.Manual m : manual) {
            Long c = customerOfPayment.get(m.paymentId());
            if (c != null) {
                manualByCustomer.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
            }
        }
        this.actionStates = actionStates;
    }

    /** The allocation of one customer's payments as of a date (computed once per date). */
    synchronized Allocation.Result allocation(long customerId, LocalDate asOf) {
        return allocations.computeIfAbsent(asOf, d -> new HashMap<>()).computeIfAbsent(customerId,
                c -> Allocation.allocate(installmentsByCustomer.getOrDefault(c, List.of()),
                        paymentsByCustomer.getOrDefault(c, List.of()), manualByCustomer.getOrDefault(c, List.of()),
                        asOf));
    }

    /** The aging buckets configured in settings (default 30/60/90/180/365). */
    public List<io.cashtrail.domain.AgingBucket> agingBuckets() {
        return agingBuckets;
    }

    CollectionsSnapshot withAgingBuckets(List<io.cashtrail.domain.AgingBucket> b) {
        this.agingBuckets = List.copyOf(b);
        return this;
    }

    /** The same data with an empty allocation cache (benchmarks measure each computation cold). */
    public CollectionsSnapshot fresh() {
        return new CollectionsSnapshot(this);
    }

    private CollectionsSnapshot(CollectionsSnapshot other) {
        orders.putAll(other.orders);
        customers.putAll(other.customers);
        installmentsByCustomer.putAll(other.installmentsByCustomer);
        paymentsByCustomer.putAll(other.paymentsByCustomer);
        invoicesByOrder.putAll(other.invoicesByOrder);
        manualByCustomer.putAll(other.manualByCustomer);
        actionStates = other.actionStates;
        agingBuckets = other.agingBuckets;
    }

    public int orderCount() {
        return orders.size();
    }

    public int installmentCount() {
        return installmentsByCustomer.values().stream().mapToInt(List::size).sum();
    }
}
