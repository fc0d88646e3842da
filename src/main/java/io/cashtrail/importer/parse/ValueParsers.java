package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cell as the value its column's {@link ImportField} needs: cleaned text, an identifier, a
 * date (with the column's day/month order), an amount (with the column's unit), a tax rate or a day
 * of the month. One entry point for the import plan, so every column is read the same way.
 */
public final class ValueParsers {
    private static final Pattern DAY = Pattern.compile("^(?:每月)?(\\d{1,2})(?:日|号)?(?:前|之前|止)?$");

    private ValueParsers() {
    }

    /**
     * The value of a cell in a mapped column: String for TEXT and KEY fields, LocalDate for dates,
     * BigDecimal (scale 2) for amounts and rates, Integer for a day of month.
     */
    public static Parsed<?> parse(ColumnMatch column, CellValue cell, DateParser dates) {
        if (column.field() == null) {
            return text(cell);
        }
        return switch (column.field().valueKind()) {
            case TEXT, KEY -> text(cell);
            case DATE -> dates.parse(cell);
            case MONEY -> MoneyParser.parse(cell, column.unitFactor());
            case PERCENT -> MoneyParser.parseRate(cell);
            case INTEGER -> dayOfMonth(cell);
        };
    }

    /**
     * The text of a cell, cleaned (half-width, trimmed); placeholders such as "—" or "无" are empty.
     * Numbers give the text shown in the sheet; a date cell at midnight gives just the date.
     */
    public static Parsed<String> text(CellValue cell) {
        if (cell == null || cell.isBlank() || cell.kind() == CellValue.Kind.ERROR) {
            return cell != null && cell.kind() == CellValue.Kind.ERROR
                    ? Parsed.fail("import.problem.errorCell", cell.text()) : Parsed.empty();
        }
        if (cell.kind() == CellValue.Kind.DATE && cell.dateTime().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return Parsed.of(cell.dateTime().toLocalDate().toString());
        }
        String s = TextNormalizer.clean(cell.text());
        return Placeholders.isEmpty(s) ? Parsed.empty() : Parsed.of(s);
    }

    /** A day of the month 1..31, e.g. an invoice cut-off day: 25, "25", "25日", "每月25号前". */
    public static Parsed<Integer> dayOfMonth(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.empty();
        }
        Integer day = null;
        if (cell.kind() == CellValue.Kind.NUMBER) {
            BigDecimal n = cell.number();
            day = n.stripTrailingZeros().scale() <= 0 ? n.intValue() : null;
        } else if (cell.kind() == CellValue.Kind.TEXT) {
            if (Placeholders.isEmpty(cell.text())) {
                return Parsed.empty();
            }
            Matcher m = DAY.matcher(TextNormalizer.fold(cell.text()));
            day = m.matches() ? Integer.valueOf(m.group(1)) : null;
        }
        if (day == null || day < 1 || day > 31) {
            return cell.kind() == CellValue.Kind.ERROR ? Parsed.fail("import.problem.errorCell", cell.text())
                    : Parsed.fail("import.problem.notDayOfMonth", cell.text());
        }
        return Parsed.of(day);
    }
}
