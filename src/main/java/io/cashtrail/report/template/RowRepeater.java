package io.cashtrail.report.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Repeats a template's marked row: everything below moves down (with its merged regions and row
 * heights, which POI's row shift carries), the copies get the marked row's styles, heights, merges
 * and per-row formulas, and every formula in the workbook is rewritten by {@link FormulaRows} so
 * totals below cover the filled range. Formulas are taken out before the shift and put back after,
 * so POI's own shifting (and shared-formula groups) never see them.
 */
final class RowRepeater {
    private RowRepeater() {
    }

    private record Saved(int sheet, int row, int col, String formula) {
    }

    /** Adds {@code copies} copies of row {@code marked} of sheet {@code sheetIndex} right below it. */
    static void repeat(XSSFWorkbook wb, int sheetIndex, int marked, int copies) {
        if (copies <= 0) {
            return;
        }
        List<Saved> formulas = takeOutFormulas(wb);
        Sheet sheet = wb.getSheetAt(sheetIndex);
        SheetRanges ranges = SheetRanges.before(wb, wb.getSheetAt(sheetIndex));
        int end = sheet.getLastRowNum();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            end = Math.max(end, r.getLastRow());
        }
        if (marked < end) {
            sheet.shiftRows(marked + 1, end, copies, true, false);
        }
        Row source = sheet.getRow(marked);
        List<CellRangeAddress> merges = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            if (r.getFirstRow() == marked && r.getLastRow() == marked) {
                merges.add(r);
            }
        }
        for (int i = 1; i <= copies; i++) {
            Row copy = sheet.createRow(marked + i);
            copyRow(source, copy);
            for (CellRangeAddress r : merges) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(marked + i, marked + i, r.getFirstColumn(),
                        r.getLastColumn()));
            }
        }
        FormulaRows rows = new FormulaRows(wb, sheetIndex, marked, copies);
        ranges.restore(wb, wb.getSheetAt(sheetIndex), rows);
        for (Saved s : formulas) {
            if (s.sheet() == sheetIndex && s.row() == marked) {
                for (int i = 0; i <= copies; i++) {
                    cell(sheet, marked + i, s.col()).setCellFormula(rows.inCopy(s.formula(), i));
                }
            } else {
                int row = s.sheet() == sheetIndex && s.row() > marked ? s.row() + copies : s.row();
                cell(wb.getSheetAt(s.sheet()), row, s.col()).setCellFormula(rows.outside(s.formula(), s.sheet()));
            }
        }
    }

    private static List<Saved> takeOutFormulas(XSSFWorkbook wb) {
        List<Saved> out = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            for (Row row : wb.getSheetAt(s)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA && !c.isPartOfArrayFormulaGroup()) {
                        out.add(new Saved(s, c.getRowIndex(), c.getColumnIndex(), c.getCellFormula()));
                    }
                }
            }
        }
        for (Saved f : out) {
            wb.getSheetAt(f.sheet()).getRow(f.row()).getCell(f.col()).setBlank();
        }
        return out;
    }

    private static void copyRow(Row from, Row to) {
        if (from == null) {
            return;
        }
        to.setHeight(from.getHeight());
        if (from.isFormatted()) {
            to.setRowStyle(from.getRowStyle());
        }
        for (Cell c : from) {
            Cell n = to.createCell(c.getColumnIndex());
            n.setCellStyle(c.getCellStyle());
            switch (c.getCellType()) {
                case STRING -> n.setCellValue(c.getRichStringCellValue());
                case NUMERIC -> n.setCellValue(c.getNumericCellValue());
                case BOOLEAN -> n.setCellValue(c.getBooleanCellValue());
                default -> {
                }
            }
        }
    }

    private static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    }
}
