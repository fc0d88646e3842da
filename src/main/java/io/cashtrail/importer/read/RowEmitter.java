package io.cashtrail.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands rows to the sink in order for the xlsx and xls readers: applies merged blocks, adds the
 * rows a merged block covers but the file omits, and drops trailing empty cells.
 */
final class RowEmitter {
    private final ReadGuard guard;
    private final RowSink sink;
    private final MergedCells merges;
    private int last = -1;

    RowEmitter(ReadGuard guard, RowSink sink, MergedCells merges) {
        this.guard = guard;
        this.sink = sink;
        this.merges = merges;
    }

    void row(int index, boolean hidden, List<CellValue> cells) {
        fillCoveredRows(index);
        emit(index, hidden, cells);
    }

    /** After the last row: rows still covered by merged blocks. */
    void finish() {
        fillCoveredRows(Integer.MAX_VALUE);
    }

    private void fillCoveredRows(int before) {
        if (merges.isEmpty()) {
            return;
        }
        for (int m = merges.nextCoveredRow(last + 1, before); m >= 0; m = merges.nextCoveredRow(m + 1, before)) {
            emit(m, false, new ArrayList<>());
        }
    }

    private void emit(int index, boolean hidden, List<CellValue> cells) {
        List<CellValue> out = merges.apply(index, cells);
        int size = out.size();
        while (size > 0 && out.get(size - 1).kind() == CellValue.Kind.EMPTY) {
            size--;
        }
        last = Math.max(last, index);
        boolean own = cells.stream().anyMatch(c -> !c.isBlank());
        guard.deliver(sink, new SheetRow(index, hidden, List.copyOf(out.subList(0, size)), !own && size > 0));
    }
}
