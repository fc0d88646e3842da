package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds sheet rows for tests the way the readers deliver them (merged values copied into each cell). */
final class Rows {
    private final List<SheetRow> rows = new ArrayList<>();

    /** Appends a row; strings become text, numbers exact numbers, LocalDate date cells, null empty. */
    Rows add(Object... cells) {
        List<CellValue> values = new ArrayList<>();
        for (Object o : cells) {
            values.add(cell(o));
        }
        rows.add(new SheetRow(rows.size(), false, values));
        return this;
    }

    Rows blank() {
        rows.add(new SheetRow(rows.size(), false, List.of()));
        return this;
    }

    List<SheetRow> rows() {
        return List.copyOf(rows);
    }

    static CellValue cell(Object o) {
        if (o == null) {
            return CellValue.EMPTY;
        }
        if (o instanceof CellValue c) {
            return c;
        }
        if (o instanceof Number n) {
            return CellValue.number(new BigDecimal(n.toString()), null, "General");
        }
        if (o instanceof LocalDate d) {
            return CellValue.date(d.atStartOfDay(), null, "yyyy-mm-dd");
        }
        return CellValue.text(o.toString());
    }
}
