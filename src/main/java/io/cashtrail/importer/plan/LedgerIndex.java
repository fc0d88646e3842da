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

    /**
     * Reads back records whose planned state was dropped after they were written ({@link #compact}):
     * in the import's own transaction, the database holds exactly what was planned for them.
     */
    interface Loader {
        Contract contract(long id);

        Order order(long id);

        List<PaymentKey> payments(long orderId);

        /** An entry read back (to be compacted again). */
        default void reloaded(Object entry) {
        }
    }

    /** A contract with its state as planned so far (read back on demand once compacted). */
    static final class ContractEntry {
        final Ref ref;
        final Ref customer;
        private Contract state;
        private Loader loader;
        /** Created by this import (its creating operation may be gone once written). */
        boolean created;
        final Map<String, OrderEntry> orders = new HashMap<>(2);

        ContractEntry(Ref ref, Ref customer, Contract state) {
            this.ref = ref;
            this.customer = customer;
            this.state = state;
        }

        Contract state() {
            if (state == null) {
                state = loader.contract(ref.id);
                loader.reloaded(this);
            }
            return state;
        }

        void state(Contract c) {
            state = c;
        }
    }

    /** An order with its state as planned so far and the payments it has (date + amount), read back once compacted. */
    static final class OrderEntry {
        final Ref ref;
        private Order state;
        private List<PaymentKey> payments = new ArrayList<>(1);
        private Loader loader;

        OrderEntry(Ref ref, Order state) {
            this.ref = ref;
            this.state = state;
        }

        Order state() {
            if (state == null) {
                state = loader.order(ref.id);
                loader.reloaded(this);
            }
            return state;
        }

        void state(Order o) {
            state = o;
        }

        List<PaymentKey> payments() {
            if (payments == null) {
                payments = new ArrayList<>(loader.payments(ref.id));
                loader.reloaded(this);
            }
            return payments;
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
    /** Entries planned or read back since the last {@link #compact} (once compacting has begun). */
    private List<Object> pending = new ArrayList<>();
    private boolean compacting;

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
                orders.get(p.orderId()).payments().add(k);
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
        if (compacting) {
            pending.add(e);
        }
    }

    /**
     * Drops the planned state of every contract and order already in the database (written by an
     * earlier chunk, or there before the import), keeping only the keys and references later rows
     * match by; a later row that needs one reads it back with {@code loader}. A streaming import
     * calls this after each chunk so its memory does not grow with the records it creates.
     */
    void compact(Loader db) {
        if (!compacting) {
            compacting = true;
            contracts.forEach((key, ce) -> {
                pending.add(ce);
                ce.orders.forEach((k, oe) -> pending.add(oe));
            });
        }
        Loader loader = new Loader() {
            @Override
            public Contract contract(long id) {
                return db.contract(id);
            }

            @Override
            public Order order(long id) {
                return db.order(id);
            }

            @Override
            public List<PaymentKey> payments(long orderId) {
                return db.payments(orderId);
            }

            @Override
            public void reloaded(Object entry) {
                pending.add(entry);
            }
        };
        List<Object> kept = new ArrayList<>();
        for (Object entry : pending) {
            if (entry instanceof ContractEntry ce && ce.ref.id != 0) {
                ce.ref.creator = null;
                ce.state = null;
                ce.loader = loader;
            } else if (entry instanceof OrderEntry oe && oe.ref.id != 0) {
                oe.ref.creator = null;
                oe.state = null;
                oe.payments = null;
                oe.loader = loader;
            } else {
                kept.add(entry); // not written (yet): keep its state
            }
        }
        pending = kept;
    }

    /** Records an order planned for a contract (later rows find it by number). */
    void addOrder(ContractEntry ce, String orderNo, OrderEntry oe) {
        ce.orders.put(TextNormalizer.key(orderNo), oe);
        if (compacting) {
            pending.add(oe);
        }
    }

    /** Reads records back from the database (inside the import's transaction). */
    static Loader loader(Database db) {
        return new Loader() {
            @Override
            public Contract contract(long id) {
                return db.contracts().find(id).orElseThrow();
            }

            @Override
            public Order order(long id) {
                return db.orders().find(id).orElseThrow();
            }

            @Override
            public List<PaymentKey> payments(long orderId) {
                List<PaymentKey> out = new ArrayList<>();
                for (Payment p : db.payments().forOrder(orderId)) {
                    out.add(new PaymentKey(p.receivedDate(), p.amount()));
                }
                return out;
            }
        };
    }

    List<PaymentKey> unallocated(Ref customer) {
        return unallocated.computeIfAbsent(customer, r -> new ArrayList<>());
    }
}
