package io.cashtrail.importer.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Copies the value of a merged block's top-left cell into every cell of the block, row by row as
 * rows stream past (rows must arrive in ascending order). Memory: the block list plus the blocks
 * covering the current row.
 */
final class MergedCells {
    /** One merged block (0-based, inclusive) and, once seen, its top-left value. */
    static final class Block {
        final int firstRow;
        final int lastRow;
        final int firstCol;
        final int lastCol;
        CellValue value = CellValue.EMPTY;

        Block(int firstRow, int lastRow, int firstCol, int lastCol) {
            this.firstRow = firstRow;
            this.lastRow = lastRow;
            this.firstCol = firstCol;
            this.lastCol = lastCol;
        }
    }

    private final List<Block> pending;
    private final List<Block> active = new ArrayList<>();
    private final int maxColumns;
    private int next;

    MergedCells(List<Block> blocks, int maxColumns) {
        this.maxColumns = maxColumns;
        this.pending = new ArrayList<>();
        for (Block b : blocks) {
            if (b.firstRow >= 0 && b.firstCol >= 0 && b.lastRow >= b.firstRow && b.lastCol >= b.firstCol
                    && b.firstCol < maxColumns && (b.lastRow > b.firstRow || b.lastCol > b.firstCol)) {
                pending.add(b);
            }
        }
        pending.sort(Comparator.comparingInt(b -> b.firstRow));
    }

    /** Parses "A1:C3" (also "$A$1:$C$3"); null if malformed. */
    static Block parse(String ref) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        int[] a = CellRef.parse(ref.substring(0, colon));
        int[] b = CellRef.parse(ref.substring(colon + 1));
        if (a == null || b == null) {
            return null;
        }
        return new Block(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1]));
    }

    boolean isEmpty() {
        return pending.isEmpty() && active.isEmpty();
    }

    /**
     * The first row in [from, before) that a block with a known value covers (the file lacks the
     * row, but the user sees the merged value there), or -1.
     */
    int nextCoveredRow(int from, int before) {
        int best = -1;
        for (Block b : active) {
            int r = Math.max(from, b.firstRow + 1);
            if (b.value.kind() != CellValue.Kind.EMPTY && r <= b.lastRow && r < before) {
                best = best < 0 ? r : Math.min(best, r);
            }
        }
        return best;
    }

    /** Fills the cells of row {@code rowIndex}: remembers top-left values, copies them into the rest. */
    List<CellValue> apply(int rowIndex, List<CellValue> cells) {
        while (next < pending.size() && pending.get(next).firstRow <= rowIndex) {
            active.add(pending.get(next++));
        }
        active.removeIf(b -> b.lastRow < rowIndex);
        if (active.isEmpty()) {
            return cells;
        }
        List<CellValue> out = cells;
        for (Block b : active) {
            if (b.firstRow > rowIndex) {
                continue;
            }
            if (b.firstRow == rowIndex) {
                b.value = b.firstCol < out.size() ? out.get(b.firstCol) : CellValue.EMPTY;
            }
            if (b.value.kind() == CellValue.Kind.EMPTY) {
                continue;
            }
            int last = Math.min(b.lastCol, maxColumns - 1);
            if (out == cells) {
                out = new ArrayList<>(cells);
            }
            while (out.size() <= last) {
                out.add(CellValue.EMPTY);
            }
            for (int c = b.firstCol; c <= last; c++) {
                if (!(c == b.firstCol && rowIndex == b.firstRow)) {
                    out.set(c, b.value);
                }
            }
        }
        return out;
    }
}
