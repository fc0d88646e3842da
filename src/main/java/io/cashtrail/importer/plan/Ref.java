package io.cashtrail.importer.plan;

/**
 * A record a plan refers to: an existing one (id known) or one the plan will create (id 0 until the
 * creating operation has run). Applying an operation first creates any record it refers to, so a
 * row may be excluded without breaking the rows that share its new customer or contract.
 */
final class Ref {
    long id;
    Op creator;

    Ref(long id) {
        this.id = id;
    }

    static Ref created(Op creator) {
        Ref r = new Ref(0);
        r.creator = creator;
        return r;
    }

    boolean isNew() {
        return creator != null;
    }
}
