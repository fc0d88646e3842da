package io.cashtrail.importer.plan;

import io.cashtrail.importer.parse.ColumnMapping;
import io.cashtrail.importer.parse.FillDown;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.SheetAnalysis;
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
        Session session = new Session(db, kind);
        List<PlannedRow> out = new ArrayList<>();
        for (SheetInput s : sheets) {
            Session.Sheet sheet = session.sheet(s.name(), s.analysis());
            for (SheetRow r : s.rows()) {
                if (r.index() < s.analysis().header().dataStart()) {
                    continue;
                }
                if (cancelled.getAsBoolean()) {
                    break;
                }
                out.add(sheet.row(r));
            }
        }
        List<String> headerNames = sheets.isEmpty() ? List.of() : sheets.get(0).analysis().header().names();
        return new ImportPlan(kind, sheets.stream().map(SheetInput::name).toList(), headerNames, out);
    }

    /**
     * Plans rows one at a time against one index (loaded once): the whole-sheet plan above and the
     * streaming import ({@link ImportPipeline}) share it, so both give each row the same plan.
     */
    static final class Session {
        private final RecordKind kind;
        private final LedgerRows ledger;
        private final PaymentRows payments;
        private final StageRows stages;
        private final InvoiceRows invoices;
        private final ShipmentRows shipments;
        private final CustomerRows customers;
        private final LedgerIndex index;
        private final LedgerIndex.Loader loader;

        Session(Database db, RecordKind kind) {
            if (!supports(kind)) {
                throw new IllegalArgumentException("cannot import " + kind);
            }
            this.kind = kind;
            index = LedgerIndex.load(db);
            loader = LedgerIndex.loader(db);
            RecordIndex records = RecordIndex.load(db, index, kind);
            ledger = new LedgerRows(index, records);
            payments = new PaymentRows(index);
            stages = new StageRows(index);
            invoices = new InvoiceRows(index, records);
            shipments = new ShipmentRows(index, records);
            customers = new CustomerRows(index, records);
        }

        /**
         * Forgets the planned state of contracts and orders already written (a streaming import
         * calls it after each chunk); rows after it read them back from the database when needed.
         */
        void compact() {
            index.compact(loader);
        }

        /** A sheet whose rows all keep their cell texts (the preview's export needs them). */
        Sheet sheet(String name, SheetAnalysis analysis) {
            return new Sheet(name, analysis, true);
        }

        /** A sheet whose rows keep their cell texts only when they are problems (a streaming import). */
        Sheet sheetKeepingProblemTexts(String name, SheetAnalysis analysis) {
            return new Sheet(name, analysis, false);
        }

        /** One sheet's rows below its header, in order (blocks merged down are filled as they go). */
        final class Sheet {
            private final String name;
            private final SheetAnalysis analysis;
            private final RowClassifier classifier;
            private final FillDown.Filler filler;
            private final boolean allTexts;

            private Sheet(String name, SheetAnalysis analysis, boolean allTexts) {
                this.allTexts = allTexts;
                this.name = name;
                this.analysis = analysis;
                this.classifier = new RowClassifier(analysis.header());
                this.filler = new FillDown.Filler(analysis.mapping(), FillDown.USUAL_FIELDS);
            }

            /** The plan of the next row below the header. */
            PlannedRow row(SheetRow raw) {
                return plan(prepare(raw));
            }

            /**
             * What a row's plan needs that needs no database, for the next row below the header:
             * its kind after fill-down and, for a data row, its parsed values. Rows must come in
             * order; any thread may call this while {@link #plan} runs on another.
             */
            Prepared prepare(SheetRow raw) {
                RowKind rawKind = classifier.classify(raw);
                SheetRow r = filler.next(raw, rawKind);
                RowKind rk = r == raw ? rawKind : classifier.classify(r);
                if (rk != RowKind.DATA) {
                    return new Prepared(r, rk, null);
                }
                return new Prepared(r, rk, RowValues.read(name, r, analysis, switch (kind) {
                    case PAYMENTS -> PaymentRows.USED;
                    case PRODUCTION -> StageRows.USED;
                    case SHIPMENTS -> ShipmentRows.USED;
                    case INVOICES -> InvoiceRows.USED;
                    case CUSTOMERS -> CustomerRows.USED;
                    default -> LedgerRows.USED;
                }));
            }

            /** The plan of a prepared row (in the order they were prepared). */
            PlannedRow plan(Prepared prepared) {
                SheetRow r = prepared.row();
                if (prepared.kind() != RowKind.DATA) {
                    return new PlannedRow(name, r.index() + 1, RowStatus.SKIPPED, prepared.kind().messageKey(),
                            List.of(), List.of(), allTexts ? texts(r) : List.of(), List.of());
                }
                RowValues v = prepared.values();
                RowPlan p = v.hasErrors() ? null : switch (kind) {
                    case PAYMENTS -> payments.plan(v);
                    case PRODUCTION -> stages.plan(v);
                    case SHIPMENTS -> shipments.plan(v);
                    case INVOICES -> invoices.plan(v);
                    case CUSTOMERS -> customers.plan(v);
                    default -> ledger.plan(v, analysis.mapping());
                };
                boolean problem = p == null || v.hasErrors();
                return new PlannedRow(name, v.row, problem ? RowStatus.PROBLEM : p.status(), null,
                        problem ? List.of() : p.changes, v.problems, allTexts || problem ? texts(r) : List.of(),
                        problem ? List.of() : p.ops);
            }
        }

        /** A row after fill-down, its kind, and its values when it is a data row (else null). */
        record Prepared(SheetRow row, RowKind kind, RowValues values) {
        }
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
