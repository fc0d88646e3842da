package io.cashtrail.importer.read;

import java.util.List;

/**
 * One row of a sheet: its 0-based index in the sheet, whether it is hidden, and its cells from
 * column A on (gaps filled with {@link CellValue#EMPTY}; values of merged blocks copied into every
 * cell of the block).
 */
public record SheetRow(int index, boolean hidden, List<CellValue> cells) {
    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }
}
