package io.cashtrail.service;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.InstallmentSchedule;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.Shipment;
import io.cashtrail.domain.Validation;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Use cases around orders: list, load everything about one, save validated, delete, and its records. */
public final class OrderService {
    private final Database db;
    private final Clock clock;

    public OrderService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<OrderSummary> summaries() {
        return db.orders().summaries();
    }

    public List<OrderSummary> summariesForCustomer(long customerId) {
        return db.orders().summariesForCustomer(customerId);
    }

    public List<Order> forContract(long contractId) {
        return db.orders().forContract(contractId);
    }

    public OrderDetail detail(long orderId) {
        Order o = db.orders().find(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
        var contract = db.contracts().find(o.contractId()).orElseThrow();
        var customer = db.customers().find(contract.customerId()).orElseThrow();
        return new OrderDetail(o, contract, customer, db.shipments().forOrder(orderId),
                db.invoices().forOrder(orderId), db.installments().forOrder(orderId), db.payments().forOrder(orderId),
                db.history().forOrder(orderId));
    }

    /** Checks an order without saving: errors block the save, warnings are for the user to confirm. */
    public ValidationResult validate(Order o) {
        return Validation.order(o, today());
    }

    /**
     * Inserts (id 0) or updates the order after validation; on an update the installments whose
     * trigger stage moved get their due dates recomputed, in the same transaction. Returns the saved order.
     */
    public Order save(Order o) {
        ValidationResult r = validate(o);
        if (!r.isValid()) {
            throw new ValidationException(r);
        }
        if (o.id() == 0) {
            return db.orders().insert(o);
        }
        return db.jdbi().inTransaction(h -> {
            Order saved = db.orders().update(o);
            for (Installment i : db.installments().forOrder(o.id())) {
                Installment replanned = InstallmentSchedule.replanned(i, saved.stages());
                if (!java.util.Objects.equals(replanned.dueDate(), i.dueDate())) {
                    db.installments().update(replanned);
                }
            }
            return saved;
        });
    }

    /** What deleting the order would also remove (shipments, invoices, installments, payments). */
    public Map<String, Integer> dependents(long orderId) {
        return db.orders().dependents(orderId);
    }

    public void delete(long orderId, boolean withDependents) {
        db.orders().delete(orderId, withDependents);
    }

    public Shipment save(Shipment s) {
        return s.id() == 0 ? db.shipments().insert(s) : db.shipments().update(s);
    }

    public Invoice save(Invoice i) {
        return i.id() == 0 ? db.invoices().insert(i) : db.invoices().update(i);
    }

    /** Saves an installment; one without a due date gets it from its trigger stage when that has a date. */
    public Installment save(Installment i) {
        Installment toSave = i;
        if (i.dueDate() == null) {
            Order o = db.orders().find(i.orderId()).orElseThrow(() -> new NotFoundException("order", i.orderId()));
            toSave = InstallmentSchedule.replanned(i, o.stages());
        }
        return toSave.id() == 0 ? db.installments().insert(toSave) : db.installments().update(toSave);
    }

    public Payment save(Payment p) {
        return p.id() == 0 ? db.payments().insert(p) : db.payments().update(p);
    }

    public void deleteShipment(long id) {
        db.shipments().delete(id);
    }

    public void deleteInvoice(long id) {
        db.invoices().delete(id);
    }

    public void deleteInstallment(long id) {
        db.installments().delete(id);
    }

    public void deletePayment(long id) {
        db.payments().delete(id);
    }
}
