package io.cashtrail.importer.parse;

/**
 * What a spreadsheet column can hold, in the order-to-cash vocabulary of the domain, with the kind of
 * value to parse. {@link #key()} is the camelCase name used in message keys ("import.field." + key)
 * and saved mappings.
 */
public enum ImportField {
    CUSTOMER_NAME("customerName", ValueKind.TEXT),
    CUSTOMER_ALIAS("customerAlias", ValueKind.TEXT),
    CONTRACT_NO("contractNo", ValueKind.KEY),
    ORDER_NO("orderNo", ValueKind.KEY),
    CONTRACT_TITLE("contractTitle", ValueKind.TEXT),
    SIGNED_DATE("signedDate", ValueKind.DATE),
    AMOUNT("amount", ValueKind.MONEY),
    TAX_RATE("taxRate", ValueKind.PERCENT),
    OWNER("owner", ValueKind.TEXT),
    PAYMENT_TERMS("paymentTerms", ValueKind.TEXT),
    PLANNED_SHIP_DATE("plannedShipDate", ValueKind.DATE),
    SHIPPED_DATE("shippedDate", ValueKind.DATE),
    TRACKING_NO("trackingNo", ValueKind.KEY),
    CARRIER("carrier", ValueKind.TEXT),
    DELIVERED_DATE("deliveredDate", ValueKind.DATE),
    ACCEPTED_DATE("acceptedDate", ValueKind.DATE),
    PRODUCTION_START("productionStart", ValueKind.DATE),
    PRODUCTION_FINISH("productionFinish", ValueKind.DATE),
    INVOICE_DATE("invoiceDate", ValueKind.DATE),
    INVOICE_NO("invoiceNo", ValueKind.KEY),
    INVOICE_AMOUNT("invoiceAmount", ValueKind.MONEY),
    /** The VAT of an invoice (税额), when the register lists it apart. */
    TAX_AMOUNT("taxAmount", ValueKind.MONEY, "importkinds.field.taxAmount"),
    /** 专票/普票/电子/红字: the kind of an invoice, a red-letter one being a credit note. */
    INVOICE_KIND("invoiceKind", ValueKind.TEXT, "importkinds.field.invoiceKind"),
    PAYMENT_DUE_DATE("paymentDueDate", ValueKind.DATE),
    DUE_AMOUNT("dueAmount", ValueKind.MONEY),
    PAYMENT_DATE("paymentDate", ValueKind.DATE),
    PAYMENT_AMOUNT("paymentAmount", ValueKind.MONEY),
    RECEIVED_TOTAL("receivedTotal", ValueKind.MONEY),
    OUTSTANDING("outstanding", ValueKind.MONEY),
    ADVANCE("advance", ValueKind.MONEY),
    RETENTION("retention", ValueKind.MONEY),
    WARRANTY_PERIOD("warrantyPeriod", ValueKind.TEXT),
    CONTACT_PERSON("contactPerson", ValueKind.TEXT),
    CONTACT_PHONE("contactPhone", ValueKind.TEXT),
    ADDRESS("address", ValueKind.TEXT),
    TAX_ID("taxId", ValueKind.KEY),
    INVOICE_CUTOFF_DAY("invoiceCutoffDay", ValueKind.INTEGER),
    NOTES("notes", ValueKind.TEXT),
    /**
     * Columns Cashtrail works out itself and shows in its own exports (current stage, next step and its
     * date, days late): recognised so that re-importing an export changes nothing; never stored.
     */
    DERIVED("derived", ValueKind.TEXT, "importrt.field.derived");

    /** How a column's cells are read: TEXT cleaned, KEY as an identifier, or by the parsers. */
    public enum ValueKind { TEXT, KEY, DATE, MONEY, PERCENT, INTEGER }

    private final String key;
    private final ValueKind valueKind;
    private final String messageKey;

    ImportField(String key, ValueKind valueKind) {
        this(key, valueKind, "import.field." + key);
    }

    ImportField(String key, ValueKind valueKind, String messageKey) {
        this.key = key;
        this.valueKind = valueKind;
        this.messageKey = messageKey;
    }

    public String key() {
        return key;
    }

    public ValueKind valueKind() {
        return valueKind;
    }

    /** The message key of the field's display name. */
    public String messageKey() {
        return messageKey;
    }

    public static ImportField byKey(String key) {
        for (ImportField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no import field " + key);
    }
}
