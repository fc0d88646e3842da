package io.cashtrail.importer.plan;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Runs the operations of a chunk of planned rows with one JDBC batch per kind of new record
 * (customers, then contracts, then orders, then payments, so every reference has its id before it
 * is used) instead of one insert and one re-read per record; field updates and operations of other
 * kinds then run one by one in row order. The database ends up as if every operation had run in
 * row order: records a row refers to but that an excluded row would create are created too.
 */
final class OpBatch {
    private final ApplyContext ctx;
    private final List<Op> ops = new ArrayList<>();
    private int rows;

    OpBatch(ApplyContext ctx) {
        this.ctx = ctx;
    }

    /** Queues one row's operations. */
    void add(List<Op> rowOps) {
        ops.addAll(rowOps);
        rows++;
    }

    /** Rows queued since the last flush. */
    int rows() {
        return rows;
    }

    /** Writes everything queued, and the history lines it logs. */
    void flush() {
        Queue q = new Queue();
        for (Op op : ops) {
            q.add(op);
        }
        insertCustomers(q.customers);
        insertContracts(q.contracts);
        insertOrders(q.orders);
        insertPayments(q.payments);
        for (Op op : q.rest) {
            op.run(ctx);
        }
        ctx.flushLog();
        ops.clear();
        rows = 0;
    }

    /** The operations sorted by kind, with the creators of the new records they refer to. */
    private final class Queue {
        final Set<Op> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<Op.CreateCustomer> customers = new ArrayList<>();
        final List<Op.CreateContract> contracts = new ArrayList<>();
        final List<Op.CreateOrder> orders = new ArrayList<>();
        final List<Op.CreatePayment> payments = new ArrayList<>();
        final List<Op> rest = new ArrayList<>();

        void add(Op op) {
            if (!seen.add(op)) {
                return;
            }
            if (op instanceof Op.CreateCustomer c) {
                if (c.self.id == 0) {
                    customers.add(c);
                }
            } else if (op instanceof Op.CreateContract c) {
                if (c.self.id == 0) {
                    need(c.customer);
                    contracts.add(c);
                }
            } else if (op instanceof Op.CreateOrder o) {
                if (o.self.id == 0) {
                    need(o.contract);
                    orders.add(o);
                }
            } else if (op instanceof Op.CreatePayment p) {
                need(p.customer);
                if (p.order != null) {
                    need(p.order);
                }
                payments.add(p);
            } else {
                if (op instanceof Op.SetField s) {
                    need(s.target);
                }
                rest.add(op); // other kinds run one by one and create what they need themselves
            }
        }

        /** A new record an operation refers to: batched with the others when we know its kind. */
        private void need(Ref ref) {
            if (ref.id != 0) {
                return;
            }
            if (ref.creator instanceof Op.CreateCustomer || ref.creator instanceof Op.CreateContract
                    || ref.creator instanceof Op.CreateOrder) {
                add(ref.creator);
            } else {
                ctx.ensure(ref);
            }
        }
    }

    private void insertCustomers(List<Op.CreateCustomer> ops) {
        List<Customer> rows = new ArrayList<>(ops.size());
        for (Op.CreateCustomer op : ops) {
            rows.add(Customer.named(op.name));
        }
        long[] ids = ctx.db().customers().insertAll(rows);
        for (int i = 0; i < ids.length; i++) {
            ops.get(i).self.id = ids[i];
            ctx.created("customer", ids[i]);
        }
    }

    private void insertContracts(List<Op.CreateContract> ops) {
        List<Contract> rows = new ArrayList<>(ops.size());
        for (Op.CreateContract op : ops) {
            rows.add(op.row());
        }
        long[] ids = ctx.db().contracts().insertAll(rows);
        for (int i = 0; i < ids.length; i++) {
            ops.get(i).self.id = ids[i];
            ctx.created("contract", ids[i]);
        }
    }

    private void insertOrders(List<Op.CreateOrder> ops) {
        List<Order> rows = new ArrayList<>(ops.size());
        for (Op.CreateOrder op : ops) {
            rows.add(op.row());
        }
        long[] ids = ctx.db().orders().insertAll(rows);
        for (int i = 0; i < ids.length; i++) {
            ops.get(i).self.id = ids[i];
            ctx.created("order", ids[i]);
        }
    }

    private void insertPayments(List<Op.CreatePayment> ops) {
        List<Payment> rows = new ArrayList<>(ops.size());
        for (Op.CreatePayment op : ops) {
            rows.add(op.row());
        }
        long[] ids = ctx.db().payments().insertAll(rows);
        for (long id : ids) {
            ctx.created("payment", id);
        }
    }
}
