package io.cashtrail.importer.plan;

import io.cashtrail.importer.parse.ColumnMapping;
import io.cashtrail.importer.parse.FillDown;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.HeaderInfo;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.RowClassifier;
import io.cashtrail.importer.parse.RowKind;
import io.cashtrail.importer.parse.ValueParsers;
import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import io.cashtrail.store.Database;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Turns analysed sheets into an {@link ImportPlan}: every row below the header gets a status, the
 * data rows are matched against the database (customers by name or alias, contracts and orders by
 * number) and the writes they need are collected. Nothing is written here.
 */
public final class ImportPlanner {
    private static final Set<RecordKind> SUPPORTED = EnumSet.allOf(RecordKind.class);

    private ImportPlanner() {
    }

    /** The record kinds this engine can import so far. */
    public static boolean supports(RecordKind kind) {
        return SUPPORTED.contains(kind);
    }

    /**
     * The fields a sheet must have a column for to be imported as {@code kind} (see
     * {@link RequiredColumns}): e.g. a contract ledger needs the contract (or order) number, the
     * amount and the customer. Empty when fine.
     */
    public static List<ImportField> missingColumns(ColumnMapping mapping, RecordKind kind) {
        return RequiredColumns.missing(mapping, kind);
    }

    /** Plans the sheets against what the database holds now; stops early (partial plan) when cancelled. */
    public static ImportPlan plan(Database db, List<SheetInput> sheets, RecordKind kind, BooleanSupplier cancelled) {
        if (!supports(kind)) {
            throw new IllegalArgumentException("cannot import " + kind);
        }
        LedgerIndex index = LedgerIndex.load(db);
        RecordIndex records = RecordIndex.load(db, index, kind);
        LedgerRows ledger = new LedgerRows(index, records);
        PaymentRows payments = new PaymentRows(index);
        StageRows stages = new StageRows(index);
        InvoiceRows invoices = new InvoiceRows(index, records);
        ShipmentRows shipments = new ShipmentRows(index, records);
        CustomerRows customers = new CustomerRows(index, records);
        List<PlannedRow> out = new ArrayList<>();
        for (SheetInput s : sheets) {
            HeaderInfo h = s.analysis().header();
            RowClassifier classifier = new RowClassifier(h);
            List<SheetRow> data = s.rows().stream().filter(r -> r.index() >= h.dataStart()).toList();
            data = FillDown.apply(data, classifier, s.analysis().mapping(), FillDown.USUAL_FIELDS);
            for (SheetRow r : data) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                RowKind rk = classifier.classify(r);
                if (rk != RowKind.DATA) {
                    out.add(new PlannedRow(s.name(), r.index() + 1, RowStatus.SKIPPED, rk.messageKey(), List.of(),
                            List.of(), texts(r), List.of()));
                    continue;
                }
                RowValues v = RowValues.read(s.name(), r, s.analysis(), switch (kind) {
                    case PAYMENTS -> PaymentRows.USED;
                    case PRODUCTION -> StageRows.USED;
                    case SHIPMENTS -> ShipmentRows.USED;
                    case INVOICES -> InvoiceRows.USED;
                    case CUSTOMERS -> CustomerRows.USED;
                    default -> LedgerRows.USED;
                });
                RowPlan p = v.hasErrors() ? null : switch (kind) {
                    case PAYMENTS -> payments.plan(v);
                    case PRODUCTION -> stages.plan(v);
                    case SHIPMENTS -> shipments.plan(v);
                    case INVOICES -> invoices.plan(v);
                    case CUSTOMERS -> customers.plan(v);
                    default -> ledger.plan(v, s.analysis().mapping());
                };
                boolean problem = p == null || v.hasErrors();
                out.add(new PlannedRow(s.name(), v.row, problem ? RowStatus.PROBLEM : p.status(), null,
                        problem ? List.of() : p.changes, v.problems, texts(r), problem ? List.of() : p.ops));
            }
        }
        List<String> headerNames = sheets.isEmpty() ? List.of() : sheets.get(0).analysis().header().names();
        return new ImportPlan(kind, sheets.stream().map(SheetInput::name).toList(), headerNames, out);
    }

    /** The cells as the user sees them (dates without a time), for the problem rows export. */
    private static List<String> texts(SheetRow r) {
        List<String> t = new ArrayList<>(r.cells().size());
        for (CellValue c : r.cells()) {
            String s = c.kind() == CellValue.Kind.ERROR || c.kind() == CellValue.Kind.EMPTY ? c.text()
                    : ValueParsers.text(c).value();
            t.add(s == null ? c.text() : s);
        }
        return t;
    }
}
