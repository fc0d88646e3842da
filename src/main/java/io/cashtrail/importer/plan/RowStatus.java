package io.cashtrail.importer.plan;

/** What the import will do with one row of a sheet; the preview and the summary count these. */
public enum RowStatus {
    /** Creates at least one record (customer, contract, order or payment). */
    NEW,
    /** Changes fields of existing records (each change listed old → new). */
    UPDATE,
    /** Everything in the row is already in the database. */
    UNCHANGED,
    /** Not a record: blank, subtotal, repeated header, section heading or remark line. */
    SKIPPED,
    /** Has an error; not imported (the row can be exported, fixed and imported again). */
    PROBLEM
}
