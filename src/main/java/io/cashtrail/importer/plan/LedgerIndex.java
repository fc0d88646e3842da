package io.cashtrail.importer.plan;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import io.cashtrail.importer.parse.TextNormalizer;
import io.cashtrail.store.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records an import matches rows against, keyed the way legacy sheets spell them (customer
 * names and aliases, contract and order numbers insensitive to spaces, case and full-width forms).
 * Planning adds the records it would create or change, so later rows of the same file see them.
 */
final class LedgerIndex {
    /** A customer as matched: its name and reference. */
    record CustomerEntry(Ref ref, String name) {
    }

    /** A contract with its state as planned so far. */
    static final class ContractEntry {
        final Ref ref;
        final Ref customer;
        Contract state;
        final Map<String, OrderEntry> orders = new HashMap<>();

        ContractEntry(Ref ref, Ref customer, Contract state) {
            this.ref = ref;
            this.customer = customer;
            this.state = state;
        }
    }

    /** An order with its state as planned so far and the payments it has (date + amount). */
    static final class OrderEntry {
        final Ref ref;
        Order state;
        final List<PaymentKey> payments = new ArrayList<>();

        OrderEntry(Ref ref, Order state) {
            this.ref = ref;
            this.state = state;
        }
    }

    /** What makes two payments the same for re-import: the day and the exact amount. */
    record PaymentKey(LocalDate date, BigDecimal amount) {
        PaymentKey {
            amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    private final Map<String, CustomerEntry> customers = new HashMap<>();
    /** The names and aliases of customers in the database (those new in the plan are never suggested). */
    private final Map<String, CustomerEntry> stored = new java.util.LinkedHashMap<>();
    private final Map<Ref, List<PaymentKey>> unallocated = new HashMap<>();
    private final Map<String, ContractEntry> contracts = new HashMap<>();
    private final Map<String, List<OrderEntry>> ordersByNo = new HashMap<>();
    private final Map<Long, OrderEntry> ordersById = new HashMap<>();
    private final Map<Long, Ref> customersById = new HashMap<>();

    /** Reads what the database holds now. */
    static LedgerIndex load(Database db) {
        LedgerIndex ix = new LedgerIndex();
        Map<Long, Ref> customerRefs = ix.customersById;
        for (Customer c : db.customers().all()) {
            Ref r = new Ref(c.id());
            customerRefs.put(c.id(), r);
            CustomerEntry e = new CustomerEntry(r, c.name());
            ix.customers.putIfAbsent(TextNormalizer.key(c.name()), e);
            ix.stored.putIfAbsent(TextNormalizer.key(c.name()), e);
            if (c.aliases() != null) {
                for (String alias : c.aliases().split("[,，;；、/\\n]")) {
                    if (!TextNormalizer.key(alias).isEmpty()) {
                        ix.customers.putIfAbsent(TextNormalizer.key(alias), e);
                        ix.stored.putIfAbsent(TextNormalizer.key(alias), e);
                    }
                }
            }
        }
        Map<Long, ContractEntry> byId = new HashMap<>();
        for (Contract c : db.contracts().all()) {
            Ref customer = customerRefs.computeIfAbsent(c.customerId(), Ref::new);
            ContractEntry e = new ContractEntry(new Ref(c.id()), customer, c);
            ix.contracts.put(TextNormalizer.key(c.contractNo()), e);
            byId.put(c.id(), e);
        }
        Map<Long, OrderEntry> orders = ix.ordersById;
        for (Order o : db.orders().all()) {
            ContractEntry c = byId.get(o.contractId());
            if (c != null) {
                OrderEntry oe = new OrderEntry(new Ref(o.id()), o);
                c.orders.put(TextNormalizer.key(o.orderNo()), oe);
                orders.put(o.id(), oe);
                ix.ordersByNo.computeIfAbsent(TextNormalizer.key(o.orderNo()), k -> new ArrayList<>()).add(oe);
            }
        }
        for (Payment p : db.payments().all()) {
            PaymentKey k = new PaymentKey(p.receivedDate(), p.amount());
            if (p.orderId() != null && orders.containsKey(p.orderId())) {
                orders.get(p.orderId()).payments.add(k);
            } else if (p.orderId() == null) {
                ix.unallocated.computeIfAbsent(customerRefs.computeIfAbsent(p.customerId(), Ref::new),
                        r -> new ArrayList<>()).add(k);
            }
        }
        return ix;
    }

    /** The order with this database id, null when unknown. */
    OrderEntry order(long id) {
        return ordersById.get(id);
    }

    /** The reference of the customer with this database id (the same one rows matched by name get). */
    Ref customerRef(long id) {
        return customersById.computeIfAbsent(id, Ref::new);
    }

    CustomerEntry customer(String name) {
        return customers.get(TextNormalizer.key(name));
    }

    /**
     * A customer already in the database whose name contains or is contained in this one (a likely
     * other spelling, "宁波港集团" / "宁波港集团有限公司"); names differing only by digits ("客户1" /
     * "客户12") are different customers.
     */
    CustomerEntry similarCustomer(String name) {
        String k = TextNormalizer.key(name);
        if (k.length() < 2) {
            return null;
        }
        for (Map.Entry<String, CustomerEntry> e : stored.entrySet()) {
            String other = e.getKey();
            if (other.length() < 2) {
                continue;
            }
            String rest = other.contains(k) ? other.replace(k, "") : k.contains(other) ? k.replace(other, "") : null;
            if (rest != null && !rest.chars().allMatch(Character::isDigit)) {
                return e.getValue();
            }
        }
        return null;
    }

    void addCustomer(String name, Ref ref) {
        customers.put(TextNormalizer.key(name), new CustomerEntry(ref, name));
    }

    ContractEntry contract(String contractNo) {
        return contracts.get(TextNormalizer.key(contractNo));
    }

    /** The orders in the database with this number, whatever their contract. */
    List<OrderEntry> ordersNumbered(String orderNo) {
        return ordersByNo.getOrDefault(TextNormalizer.key(orderNo), List.of());
    }

    void addContract(ContractEntry e) {
        contracts.put(TextNormalizer.key(e.state.contractNo()), e);
    }

    List<PaymentKey> unallocated(Ref customer) {
        return unallocated.computeIfAbsent(customer, r -> new ArrayList<>());
    }
}
