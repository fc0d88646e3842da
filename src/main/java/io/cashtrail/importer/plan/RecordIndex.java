package io.cashtrail.importer.plan;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.Shipment;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.TextNormalizer;
import io.cashtrail.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invoices, shipments, payment plans and customer details an import of one kind matches rows
 * against, beside {@link LedgerIndex}: invoices by number, shipments by tracking number (or order
 * and day), the installments of each order and the full customer records. Only what the kind needs
 * is read; planning adds what it would create, so later rows of the same file see it.
 */
final class RecordIndex {
    /** A record as matched and as planned so far; {@code ref.isNew()} for one this import creates. */
    static final class Entry<T> {
        final Ref ref;
        T state;

        Entry(Ref ref, T state) {
            this.ref = ref;
            this.state = state;
        }
    }

    private final Map<String, Entry<Invoice>> invoices = new HashMap<>();
    private final Map<String, Entry<Shipment>> shipmentsByTracking = new HashMap<>();
    private final Map<Ref, Map<LocalDate, Entry<Shipment>>> shipmentsByDay = new IdentityHashMap<>();
    private final Map<Ref, List<Installment>> installments = new IdentityHashMap<>();
    private final Map<Ref, Entry<Customer>> customers = new IdentityHashMap<>();

    static RecordIndex load(Database db, LedgerIndex ix, RecordKind kind) {
        RecordIndex r = new RecordIndex();
        switch (kind) {
            case INVOICES -> {
                for (Invoice i : db.invoices().all()) {
                    if (i.invoiceNo() != null && ix.order(i.orderId()) != null) {
                        r.invoices.putIfAbsent(TextNormalizer.key(i.invoiceNo()), new Entry<>(new Ref(i.id()), i));
                    }
                }
            }
            case SHIPMENTS -> {
                for (Shipment s : db.shipments().all()) {
                    LedgerIndex.OrderEntry oe = ix.order(s.orderId());
                    if (oe != null) {
                        r.addShipment(oe.ref, new Entry<>(new Ref(s.id()), s));
                    }
                }
            }
            case CONTRACT_LEDGER -> {
                for (Installment i : db.installments().all()) {
                    LedgerIndex.OrderEntry oe = ix.order(i.orderId());
                    if (oe != null) {
                        r.installments(oe.ref).add(i);
                    }
                }
            }
            case CUSTOMERS -> {
                for (Customer c : db.customers().all()) {
                    r.customers.put(ix.customerRef(c.id()), new Entry<>(ix.customerRef(c.id()), c));
                }
            }
            default -> {
            }
        }
        return r;
    }

    Entry<Invoice> invoice(String invoiceNo) {
        return invoices.get(TextNormalizer.key(invoiceNo));
    }

    void addInvoice(Entry<Invoice> e) {
        invoices.put(TextNormalizer.key(e.state.invoiceNo()), e);
    }

    /** The shipment with this tracking number, or (none given) of this order on this day. */
    Entry<Shipment> shipment(Ref order, String trackingNo, LocalDate shipped) {
        if (trackingNo != null) {
            return shipmentsByTracking.get(TextNormalizer.key(trackingNo));
        }
        return shipped == null ? null : shipmentsByDay.getOrDefault(order, Map.of()).get(shipped);
    }

    void addShipment(Ref order, Entry<Shipment> e) {
        if (e.state.trackingNo() != null) {
            shipmentsByTracking.putIfAbsent(TextNormalizer.key(e.state.trackingNo()), e);
        } else if (e.state.shippedDate() != null) {
            shipmentsByDay.computeIfAbsent(order, o -> new HashMap<>()).putIfAbsent(e.state.shippedDate(), e);
        }
    }

    /** The payment plan of an order (as recorded, plus the lines this import adds). */
    List<Installment> installments(Ref order) {
        return installments.computeIfAbsent(order, o -> new ArrayList<>());
    }

    Entry<Customer> customer(Ref ref) {
        return customers.get(ref);
    }

    void addCustomer(Entry<Customer> e) {
        customers.put(e.ref, e);
    }
}
