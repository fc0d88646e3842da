package io.cashtrail.importer.plan;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.ImportChange;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One write a planned row makes. Operations run in row order inside the import's transaction,
 * record what they did in the import history, and create any new record they refer to first.
 */
abstract class Op {
    abstract void run(ApplyContext ctx);

    /** Creates a customer that no existing name or alias matched. */
    static final class CreateCustomer extends Op {
        final Ref self;
        final String name;

        CreateCustomer(String name) {
            this.name = name;
            this.self = Ref.created(this);
        }

        @Override
        void run(ApplyContext ctx) {
            if (self.id == 0) {
                self.id = ctx.db().customers().insert(Customer.named(name)).id();
                ctx.created("customer", self.id);
            }
        }
    }

    /** Creates a contract; its amount grows while later rows add orders to it in the same plan. */
    static final class CreateContract extends Op {
        final Ref self;
        final Ref customer;
        final String contractNo;
        Contract draft;

        CreateContract(Ref customer, Contract draft) {
            this.customer = customer;
            this.contractNo = draft.contractNo();
            this.draft = draft;
            this.self = Ref.created(this);
        }

        @Override
        void run(ApplyContext ctx) {
            if (self.id == 0) {
                ctx.ensure(customer);
                self.id = ctx.db().contracts().insert(row()).id();
                ctx.created("contract", self.id);
            }
        }

        /** The record to insert (its customer already has an id). */
        Contract row() {
            Contract c = draft;
            return new Contract(0, c.contractNo(), customer.id, c.title(), c.signedDate(), Money.orZero(c.amount()),
                    c.taxRate(), c.owner(), c.paymentTerms(), c.notes(), 0, null, null);
        }
    }

    /** Creates an order of a contract, with its stage dates and notes. */
    static final class CreateOrder extends Op {
        final Ref self;
        final Ref contract;
        final Order draft;

        CreateOrder(Ref contract, Order draft) {
            this.contract = contract;
            this.draft = draft;
            this.self = Ref.created(this);
        }

        @Override
        void run(ApplyContext ctx) {
            if (self.id == 0) {
                ctx.ensure(contract);
                self.id = ctx.db().orders().insert(row()).id();
                ctx.created("order", self.id);
            }
        }

        /** The record to insert (its contract already has an id). */
        Order row() {
            return new Order(0, contract.id, draft.orderNo(), draft.description(), draft.amount(), draft.owner(),
                    draft.stages(), draft.notes(), 0, null, null);
        }
    }

    /** Sets one field of a contract or order (the old value goes into the import history). */
    static final class SetField extends Op {
        final String entity;
        final Ref target;
        final String field;
        final String value;

        SetField(String entity, Ref target, String field, String value) {
            this.entity = entity;
            this.target = target;
            this.field = field;
            this.value = value;
        }

        @Override
        void run(ApplyContext ctx) {
            ctx.ensure(target);
            if (entity.equals("contract")) {
                Contract c = ctx.db().contracts().find(target.id).orElseThrow();
                String old = FieldCodec.get(c, field);
                Contract saved = ctx.db().contracts().update(FieldCodec.set(c, field, value));
                ctx.log(entity, target.id, ImportChange.Action.UPDATED, field, old, FieldCodec.get(saved, field));
            } else {
                Order o = ctx.db().orders().find(target.id).orElseThrow();
                String old = FieldCodec.get(o, field);
                Order saved = ctx.db().orders().update(FieldCodec.set(o, field, value));
                ctx.log(entity, target.id, ImportChange.Action.UPDATED, field, old, FieldCodec.get(saved, field));
            }
        }
    }

    /** Records money received, on an order or (unallocated, order null) on the customer. */
    static final class CreatePayment extends Op {
        final Ref order;
        final Ref customer;
        final LocalDate date;
        final BigDecimal amount;
        final String notes;

        CreatePayment(Ref order, Ref customer, LocalDate date, BigDecimal amount, String notes) {
            this.order = order;
            this.customer = customer;
            this.date = date;
            this.amount = amount;
            this.notes = notes;
        }

        @Override
        void run(ApplyContext ctx) {
            ctx.ensure(customer);
            if (order != null) {
                ctx.ensure(order);
            }
            ctx.created("payment", ctx.db().payments().insert(row()).id());
        }

        /** The record to insert (its order and customer already have ids). */
        Payment row() {
            return new Payment(0, order == null ? null : order.id, customer.id, date, Money.normalize(amount),
                    PaymentMethod.BANK_TRANSFER, null, notes, 0);
        }
    }
}
