package io.cashtrail.service;

import io.cashtrail.domain.Allocation;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.store.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * Payment plans: the templates (built in and the users' own), applying one to an order (its
 * installments replaced in one transaction), and allocating a payment by hand.
 */
public final class PaymentPlanService {
    private final Database db;

    PaymentPlanService(Database db) {
        this.db = db;
    }

    /** Built-in templates first (3-6-1, 30/65/5, 20/30/20/25/5, 100 % on acceptance), then the users'. */
    public List<PaymentTerms> templates() {
        List<PaymentTerms> out = new ArrayList<>(PaymentTerms.builtIn());
        out.addAll(db.paymentTerms().all());
        return out;
    }

    public boolean isBuiltIn(PaymentTerms t) {
        return PaymentTerms.builtIn().stream().anyMatch(b -> b.name().equals(t.name()));
    }

    public void saveTemplate(PaymentTerms t) {
        if (isBuiltIn(t)) {
            throw new IllegalArgumentException("built-in templates cannot be replaced: " + t.name());
        }
        db.paymentTerms().save(t);
    }

    public void deleteTemplate(String name) {
        db.paymentTerms().delete(name);
    }

    /** What applying a template would create for an order (nothing saved). */
    public List<Installment> preview(Order order, PaymentTerms terms) {
        return terms.installments(order.id(), order.amount(), order.stages());
    }

    /** Replaces the order's installments by the template's, in one transaction; returns the new ones. */
    public List<Installment> apply(Order order, PaymentTerms terms) {
        List<Installment> created = new ArrayList<>();
        db.jdbi().useTransaction(h -> {
            for (Installment old : db.installments().forOrder(order.id())) {
                db.installments().delete(old.id());
            }
            for (Installment i : preview(order, terms)) {
                created.add(db.installments().insert(i));
            }
        });
        return created;
    }

    /**
     * Applies a template to every order of a contract (each order's plan from its own amount and
     * stage dates), all in one transaction; returns how many orders got a new plan.
     */
    public int applyToContract(long contractId, PaymentTerms terms) {
        return db.jdbi().inTransaction(h -> {
            List<Order> orders = db.orders().forContract(contractId);
            for (Order o : orders) {
                apply(o, terms);
            }
            return orders.size();
        });
    }

    /** Replaces the hand-made allocations of one payment (the rest is allocated oldest due first). */
    public void allocateByHand(long paymentId, List<Allocation.Manual> allocations) {
        db.collections().setManualAllocations(paymentId, allocations);
    }

    public List<Allocation.Manual> manualAllocations() {
        return db.collections().manualAllocations();
    }
}
