package io.cashtrail.importer.plan;

import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.TextNormalizer;

/**
 * Finds the customer a row names: an existing one by name or alias, else a new one. A name that
 * looks like another spelling of an existing customer (one contains the other) is reported as a
 * suggestion; it is never merged silently.
 */
final class Customers {
    private final LedgerIndex index;

    Customers(LedgerIndex index) {
        this.index = index;
    }

    Ref resolve(String name, RowValues v, RowPlan p) {
        LedgerIndex.CustomerEntry e = index.customer(name);
        if (e != null) {
            return e.ref();
        }
        LedgerIndex.CustomerEntry similar = index.similarCustomer(name);
        if (similar != null) {
            v.warn(ImportField.CUSTOMER_NAME, "import.plan.similarCustomer", name, similar.name());
        }
        Op.CreateCustomer op = new Op.CreateCustomer(TextNormalizer.clean(name));
        p.create(op);
        index.addCustomer(name, op.self);
        return op.self;
    }
}
