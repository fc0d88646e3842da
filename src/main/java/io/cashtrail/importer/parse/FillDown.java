package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Fills blank cells from the row above in columns that legacy sheets merge down (a customer spanning
 * its contracts, a contract spanning its orders). Readers of xlsx/xls already copy merged values; a
 * CSV saved from such a sheet leaves the cells below blank. A block ends at any row that is not
 * data (a subtotal, a section heading, a blank row), so a value never leaks into the next block.
 */
public final class FillDown {
    /** The fields usually merged down in ledgers. */
    public static final Set<ImportField> USUAL_FIELDS = EnumSet.of(ImportField.CUSTOMER_NAME, ImportField.CUSTOMER_ALIAS,
            ImportField.CONTRACT_NO, ImportField.OWNER);

    private FillDown() {
    }

    /**
     * The rows with blanks filled in the columns mapped to {@code fields}; rows that are not data are
     * returned unchanged and end the blocks.
     */
    public static List<SheetRow> apply(List<SheetRow> rows, RowClassifier classifier, ColumnMapping mapping,
            Set<ImportField> fields) {
        Filler filler = new Filler(mapping, fields);
        List<SheetRow> out = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            out.add(filler.next(row, classifier.classify(row)));
        }
        return out;
    }

    /** The same, one row at a time as rows stream past (memory: the last data row). */
    public static final class Filler {
        private final List<Integer> columns;
        private SheetRow previous;

        public Filler(ColumnMapping mapping, Set<ImportField> fields) {
            columns = mapping.columns().stream().filter(c -> c.isMapped() && c.group() == 0
                    && fields.contains(c.field())).map(ColumnMatch::column).toList();
        }

        /** The row with blanks filled from the previous data row; {@code kind} is the row's kind as classified. */
        public SheetRow next(SheetRow row, RowKind kind) {
            if (kind != RowKind.DATA) {
                previous = null;
                return row;
            }
            SheetRow filled = row;
            if (previous != null) {
                List<CellValue> cells = null;
                for (int c : columns) {
                    if (row.cell(c).isBlank() && !previous.cell(c).isBlank()) {
                        if (cells == null) {
                            cells = new ArrayList<>(row.cells());
                        }
                        while (cells.size() <= c) {
                            cells.add(CellValue.EMPTY);
                        }
                        cells.set(c, previous.cell(c));
                    }
                }
                if (cells != null) {
                    filled = new SheetRow(row.index(), row.hidden(), cells, row.mergedOnly());
                }
            }
            previous = filled;
            return filled;
        }
    }
}
