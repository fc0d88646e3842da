package io.cashtrail.importer.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cell as read from a spreadsheet, before any interpretation: its kind, the text the user would
 * see (or the CSV field), the exact number (from the cell's decimal text, never via a rounded
 * double where the format allows), a date-time when the cell is formatted as a date (1900/1904
 * system and East-Asian built-in formats resolved), and the number format string.
 */
public record CellValue(Kind kind, String text, BigDecimal number, LocalDateTime dateTime, String format) {
    /** What the cell holds. ERROR is an Excel error such as #N/A (text holds the error code). */
    public enum Kind { EMPTY, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static final CellValue EMPTY = new CellValue(Kind.EMPTY, "", null, null, null);

    public static CellValue text(String s) {
        return s == null || s.isEmpty() ? EMPTY : new CellValue(Kind.TEXT, s, null, null, null);
    }

    public static CellValue number(BigDecimal n, String shown, String format) {
        return new CellValue(Kind.NUMBER, shown == null ? n.toPlainString() : shown, n, null, format);
    }

    public static CellValue date(LocalDateTime d, BigDecimal serial, String format) {
        return new CellValue(Kind.DATE, d.toString(), serial, d, format);
    }

    public static CellValue bool(boolean b) {
        return new CellValue(Kind.BOOLEAN, Boolean.toString(b).toUpperCase(java.util.Locale.ROOT), null, null, null);
    }

    public static CellValue error(String code) {
        return new CellValue(Kind.ERROR, code, null, null, null);
    }

    public boolean isBlank() {
        return kind == Kind.EMPTY || (kind == Kind.TEXT && text.isBlank());
    }
}
