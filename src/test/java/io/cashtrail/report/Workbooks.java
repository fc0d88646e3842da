package io.cashtrail.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reading exported workbooks back in tests: find rows by their first cell, amounts to the cent. */
public final class Workbooks {
    private Workbooks() {
    }

    /** The index of the first row whose first cell is {@code text}, or -1. */
    public static int rowOf(Sheet s, String text) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) {
                return r.getRowNum();
            }
        }
        return -1;
    }

    /** A numeric cell (or a formula's cached number) as an amount with two decimals. */
    public static BigDecimal money(Cell c) {
        if (c == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    public static String text(Cell c) {
        return c == null ? null : c.getStringCellValue();
    }
}
