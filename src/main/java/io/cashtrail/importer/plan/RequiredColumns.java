package io.cashtrail.importer.plan;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ColumnMapping;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.Synonyms;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns each kind of records cannot do without, so a sheet that lacks them is refused up
 * front with their names ("no column for Amount (e.g. 合同金额, 含税金额)") instead of every row
 * being planned as a problem. Each entry lists alternatives: one of them is enough.
 */
public final class RequiredColumns {
    private static final int EXAMPLES = 2;

    private RequiredColumns() {
    }

    /** The first field of every requirement the mapping does not meet; empty when the sheet can be planned. */
    static List<ImportField> missing(ColumnMapping mapping, RecordKind kind) {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField[] anyOf : requirements(kind)) {
            boolean met = false;
            for (ImportField f : anyOf) {
                met |= mapping.has(f);
            }
            if (!met) {
                missing.add(anyOf[0]);
            }
        }
        return missing;
    }

    private static List<ImportField[]> requirements(RecordKind kind) {
        ImportField[] number = {ImportField.CONTRACT_NO, ImportField.ORDER_NO};
        ImportField[] customer = {ImportField.CUSTOMER_NAME, ImportField.CUSTOMER_ALIAS};
        return switch (kind) {
            case CONTRACT_LEDGER -> List.of(number, new ImportField[] {ImportField.AMOUNT}, customer);
            case SHIPMENTS, PRODUCTION -> List.<ImportField[]>of(number);
            case PAYMENTS -> List.of(new ImportField[] {ImportField.PAYMENT_DATE},
                    new ImportField[] {ImportField.PAYMENT_AMOUNT, ImportField.AMOUNT});
            case INVOICES -> List.of(new ImportField[] {ImportField.INVOICE_NO},
                    new ImportField[] {ImportField.INVOICE_AMOUNT, ImportField.AMOUNT}, number);
            case CUSTOMERS -> List.<ImportField[]>of(customer);
        };
    }

    /**
     * The missing columns as the user reads them, formatted when shown (so a message made in one
     * language reads right in the other): each field's name with two header names the importer
     * knows for it, "Amount (incl. tax) (e.g. 金额, 合同金额)".
     */
    public static Object describe(List<ImportField> fields) {
        List<ImportField> copy = List.copyOf(fields);
        return new Object() {
            @Override
            public String toString() {
                List<String> parts = new ArrayList<>();
                for (ImportField f : copy) {
                    List<String> names = Synonyms.namesOf(f).stream().filter(n -> n.chars().anyMatch(c -> c > 0x2E80))
                            .limit(EXAMPLES).toList();
                    parts.add(names.isEmpty() ? Messages.get(f.messageKey())
                            : Messages.get("importkinds.missing.field", Messages.get(f.messageKey()), String.join(
                                    Messages.get("importkinds.missing.separator"), names)));
                }
                return String.join(Messages.get("importkinds.missing.separator"), parts);
            }
        };
    }

    /** The kind's name, formatted when shown. */
    public static Object kindName(RecordKind kind) {
        return new Object() {
            @Override
            public String toString() {
                return Messages.get(kind.messageKey());
            }
        };
    }
}
