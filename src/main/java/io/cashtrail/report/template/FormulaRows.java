package io.cashtrail.report.template;

import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg3D;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Rewrites formulas when the marked row (index {@code marked}) of one sheet is repeated {@code added}
 * more times: references below it move down, and ranges that end on it grow to the last copy, so a
 * template's total row {@code SUM(C5:C5)} becomes {@code SUM(C5:C9)}. Inside a copy of the marked
 * row, relative references to that row follow the copy (per-row formulas such as {@code =C5-D5}).
 */
final class FormulaRows {
    private static final int LAST_ROW = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private final XSSFEvaluationWorkbook book;
    private final String sheetName;
    private final int sheetIndex;
    private final int marked;
    private final int added;

    FormulaRows(XSSFWorkbook wb, int sheetIndex, int marked, int added) {
        this.book = XSSFEvaluationWorkbook.create(wb);
        this.sheetIndex = sheetIndex;
        this.sheetName = wb.getSheetName(sheetIndex);
        this.marked = marked;
        this.added = added;
    }

    /** A formula of a cell outside the marked row, on sheet {@code formulaSheet}. */
    String outside(String formula, int formulaSheet) {
        return rewrite(formula, FormulaType.CELL, formulaSheet, -1);
    }

    /** A formula of the marked row as it reads in the copy {@code offset} rows further down (0 = itself). */
    String inCopy(String formula, int offset) {
        return rewrite(formula, FormulaType.CELL, sheetIndex, offset);
    }

    /** A defined name's formula (print area, named range); {@code nameSheet} is -1 for workbook scope. */
    String name(String formula, int nameSheet) {
        return rewrite(formula, FormulaType.NAMEDRANGE, nameSheet, -1);
    }

    /** A plain range on this sheet (autofilter, conditional formatting) under the same rule. */
    org.apache.poi.ss.util.CellRangeAddress range(org.apache.poi.ss.util.CellRangeAddress r) {
        int first = moved(r.getFirstRow(), false, -1, false);
        int last = moved(r.getLastRow(), false, -1, true);
        return new org.apache.poi.ss.util.CellRangeAddress(first, last, r.getFirstColumn(), r.getLastColumn());
    }

    private String rewrite(String formula, FormulaType type, int formulaSheet, int offset) {
        Ptg[] ptgs = FormulaParser.parse(formula, book, type, formulaSheet);
        boolean changed = false;
        for (Ptg p : ptgs) {
            if (!pointsHere(p, formulaSheet)) {
                continue;
            }
            if (p instanceof RefPtgBase r) {
                int row = moved(r.getRow(), r.isRowRelative(), offset, false);
                changed |= row != r.getRow();
                r.setRow(row);
            } else if (p instanceof AreaPtgBase a) {
                int first = moved(a.getFirstRow(), a.isFirstRowRelative(), offset, false);
                int last = moved(a.getLastRow(), a.isLastRowRelative(), offset, true);
                changed |= first != a.getFirstRow() || last != a.getLastRow();
                a.setFirstRow(first);
                a.setLastRow(last);
            }
        }
        return changed ? FormulaRenderer.toFormulaString(book, ptgs) : formula;
    }

    private boolean pointsHere(Ptg p, int formulaSheet) {
        if (p instanceof Pxg3D x) {
            return sheetName.equalsIgnoreCase(x.getSheetName()) && x.getLastSheetName() == null;
        }
        return formulaSheet == sheetIndex;
    }

    private int moved(int row, boolean relative, int offset, boolean endOfRange) {
        if (offset >= 0 && row == marked && relative) {
            return row + offset;
        }
        if (row > marked || (endOfRange && row == marked)) {
            return Math.min(row + added, LAST_ROW);
        }
        return row;
    }
}
