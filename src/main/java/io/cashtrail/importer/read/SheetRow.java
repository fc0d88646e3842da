package io.cashtrail.importer.read;

import java.util.List;

/**
 * One row of a sheet: its 0-based index in the sheet, whether it is hidden, and its cells from
 * column A on (gaps filled with {@link CellValue#EMPTY}; values of merged blocks copied into every
 * cell of the block). {@code mergedOnly}: every value it has was copied from a merged block that
 * starts on a row above (a blank line inside a block, e.g. the empty item lines of a 发货单 whose
 * order number and customer are merged down over them).
 */
public record SheetRow(int index, boolean hidden, List<CellValue> cells, boolean mergedOnly) {
    public SheetRow(int index, boolean hidden, List<CellValue> cells) {
        this(index, hidden, cells, false);
    }

    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }
}
