package io.cashtrail.importer.parse;

/** What one row of a sheet describes, which decides what an import creates from it. */
public enum RecordKind {
    /** One contract or order per row, with amounts and stage dates (the salesperson's 台账). */
    CONTRACT_LEDGER("contractLedger"),
    /** A logistics export: one shipment per row with tracking number and carrier. */
    SHIPMENTS("shipments"),
    /** An ERP export of production orders with start and finish dates. */
    PRODUCTION("production"),
    /** An invoice register: invoice number, date and amount per row. */
    INVOICES("invoices"),
    /** A receipts list: one payment per row. */
    PAYMENTS("payments"),
    /** A customer list with contacts, tax ids and invoice cut-off days. */
    CUSTOMERS("customers");

    private final String key;

    RecordKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The message key of the kind's display name. */
    public String messageKey() {
        return "import.kind." + key;
    }
}
