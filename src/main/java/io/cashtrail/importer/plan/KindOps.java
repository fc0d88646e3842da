package io.cashtrail.importer.plan;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.ImportChange;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.Shipment;
import io.cashtrail.store.Database;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The writes of the invoice, shipment, customer-list and payment-plan imports, and how each is
 * undone from the import history: created invoices, shipments, installments and customers are
 * removed, changed invoice, shipment and customer fields get their old value back (refused when
 * the field was changed again since). Kept apart from {@link Op} and {@link PlanApplier}, which
 * only register these.
 */
final class KindOps {
    private KindOps() {
    }

    /** Creates a customer with the details of a customer list row. */
    static final class CreateCustomerRecord extends Op {
        final Ref self;
        Customer draft;

        CreateCustomerRecord(Customer draft) {
            this.draft = draft;
            this.self = Ref.created(this);
        }

        @Override
        void run(ApplyContext ctx) {
            if (self.id == 0) {
                self.id = ctx.db().customers().insert(draft).id();
                ctx.created("customer", self.id);
            }
        }
    }

    /**
     * Creates a record of an order (an invoice, a credit note with a negative amount, a shipment, a
     * payment-plan line): the draft gets the order's id once the order exists, then is inserted.
     */
    static final class CreateOnOrder<T> extends Op {
        final Ref self;
        final Ref order;
        final T draft;
        private final String entity;
        private final BiFunction<T, Long, T> onOrder;
        private final BiFunction<Database, T, Long> insert;

        private CreateOnOrder(String entity, Ref order, T draft, BiFunction<T, Long, T> onOrder,
                BiFunction<Database, T, Long> insert) {
            this.entity = entity;
            this.order = order;
            this.draft = draft;
            this.onOrder = onOrder;
            this.insert = insert;
            this.self = Ref.created(this);
        }

        @Override
        void run(ApplyContext ctx) {
            if (self.id == 0) {
                ctx.ensure(order);
                self.id = insert.apply(ctx.db(), onOrder.apply(draft, order.id));
                ctx.created(entity, self.id);
            }
        }
    }

    static CreateOnOrder<Invoice> createInvoice(Ref order, Invoice draft) {
        return new CreateOnOrder<>("invoice", order, draft,
                (i, id) -> new Invoice(0, id, i.invoiceNo(), i.kind(), i.issuedDate(), i.submittedDate(), i.amount(),
                        i.taxAmount(), i.notes(), 0),
                (db, i) -> db.invoices().insert(i).id());
    }

    static CreateOnOrder<Shipment> createShipment(Ref order, Shipment draft) {
        return new CreateOnOrder<>("shipment", order, draft,
                (s, id) -> new Shipment(0, id, s.shippedDate(), s.deliveredDate(), s.trackingNo(), s.carrier(),
                        s.description(), s.amount(), s.notes(), 0),
                (db, s) -> db.shipments().insert(s).id());
    }

    static CreateOnOrder<Installment> createInstallment(Ref order, Installment draft) {
        return new CreateOnOrder<>("installment", order, draft,
                (i, id) -> new Installment(0, id, i.seq(), i.label(), i.sharePercent(), i.amount(), i.trigger(),
                        i.offsetDays(), i.dueDate(), i.notes(), 0),
                (db, i) -> db.installments().insert(i).id());
    }

    /** Sets one field of an invoice, shipment or customer (see {@link RecordFields}). */
    static final class SetRecordField extends Op {
        final String entity;
        final Ref target;
        final String field;
        final String value;

        SetRecordField(String entity, Ref target, String field, String value) {
            this.entity = entity;
            this.target = target;
            this.field = field;
            this.value = value;
        }

        @Override
        void run(ApplyContext ctx) {
            ctx.ensure(target);
            Database db = ctx.db();
            String old;
            String now;
            switch (entity) {
                case "invoice" -> {
                    Invoice i = db.invoices().find(target.id).orElseThrow();
                    old = RecordFields.get(i, field);
                    now = RecordFields.get(db.invoices().update(RecordFields.set(i, field, value)), field);
                }
                case "shipment" -> {
                    Shipment s = db.shipments().find(target.id).orElseThrow();
                    old = RecordFields.get(s, field);
                    now = RecordFields.get(db.shipments().update(RecordFields.set(s, field, value)), field);
                }
                case "customer" -> {
                    Customer c = db.customers().find(target.id).orElseThrow();
                    old = RecordFields.get(c, field);
                    now = RecordFields.get(db.customers().update(RecordFields.set(c, field, value)), field);
                }
                default -> throw new IllegalStateException("cannot set " + entity);
            }
            ctx.log(entity, target.id, ImportChange.Action.UPDATED, field, old, now);
        }
    }

    /** Plans a field change of an invoice, shipment or customer, shown in the preview as old → new. */
    static void set(RowPlan p, String entity, Ref target, String label, String field, String oldValue, String newValue) {
        p.ops.add(new SetRecordField(entity, target, field, newValue));
        p.changes.add(new FieldChange(entity, label, field, oldValue, newValue));
    }

    /** Forgets the ids of records a failed apply created (rolled back), so the plan can be applied again. */
    static void resetNewRefs(Op op) {
        if (op instanceof CreateCustomerRecord c) {
            c.self.id = 0;
        } else if (op instanceof CreateOnOrder<?> o) {
            o.self.id = 0;
        }
    }

    /** Puts back a field of an invoice, shipment or customer; records removed since are left alone. */
    static void restore(Database db, ImportChange c) {
        switch (c.entity()) {
            case "invoice" -> db.invoices().find(c.entityId()).ifPresent(i -> {
                unchangedSince(c, RecordFields.get(i, c.field()), i.invoiceNo());
                db.invoices().update(RecordFields.set(i, c.field(), c.oldValue()));
            });
            case "shipment" -> db.shipments().find(c.entityId()).ifPresent(s -> {
                unchangedSince(c, RecordFields.get(s, c.field()), s.trackingNo() != null ? s.trackingNo()
                        : String.valueOf(s.shippedDate()));
                db.shipments().update(RecordFields.set(s, c.field(), c.oldValue()));
            });
            case "customer" -> db.customers().find(c.entityId()).ifPresent(k -> {
                unchangedSince(c, RecordFields.get(k, c.field()), k.name());
                db.customers().update(RecordFields.set(k, c.field(), c.oldValue()));
            });
            default -> throw new IllegalStateException("cannot restore " + c.entity());
        }
    }

    /** Removes an invoice, shipment or installment the import created (if still there). */
    static void remove(Database db, ImportChange c) {
        switch (c.entity()) {
            case "invoice" -> db.invoices().find(c.entityId()).ifPresent(i -> db.invoices().delete(i.id()));
            case "shipment" -> db.shipments().find(c.entityId()).ifPresent(s -> db.shipments().delete(s.id()));
            case "installment" -> db.installments().find(c.entityId()).ifPresent(i -> db.installments().delete(i.id()));
            default -> throw new IllegalStateException("cannot remove " + c.entity());
        }
    }

    private static void unchangedSince(ImportChange c, String now, String record) {
        if (!Objects.equals(now, c.newValue())) {
            throw new UndoConflictException(c.entity(), record, c.field());
        }
    }
}
